namespace Graph.Web.Network;

/// <summary>One node's row of the metric table.</summary>
public sealed record MetricsRow(
    string Id,
    string Label,
    string Kind,
    string? CountryCode,
    int Degree,
    double WeightedDegree,
    double Betweenness,
    double WeightedBetweenness,
    double Closeness,
    double Pagerank,
    double? Eigenvector,
    double Clustering,
    int Core,
    int Community,
    bool ArticulationPoint);
