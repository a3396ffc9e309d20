namespace Graph.Core.Export;

/// <summary>The <c>data</c> of a Cytoscape.js node: identity plus every metric, so the page can style by them.</summary>
public sealed record CytoscapeNodeData(
    string Id,
    string Label,
    string Kind,
    string? CountryCode,
    int Degree,
    double WeightedDegree,
    double Betweenness,
    double Closeness,
    double Pagerank,
    double? Eigenvector,
    double Clustering,
    int Core,
    int Community);
