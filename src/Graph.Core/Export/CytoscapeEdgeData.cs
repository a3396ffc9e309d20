namespace Graph.Core.Export;

/// <summary>The <c>data</c> of a Cytoscape.js edge.</summary>
/// <param name="Id">Stable id, <c>source|target</c>.</param>
/// <param name="Source">Ordinally smaller end.</param>
/// <param name="Target">Ordinally larger end.</param>
/// <param name="Weight">Edge weight (distinct supporting reports, or collaboration weight).</param>
/// <param name="Kind"><c>led</c> when one end led a shared event, else <c>together</c>.</param>
/// <param name="Reports">Ids of the supporting reports.</param>
public sealed record CytoscapeEdgeData(string Id, string Source, string Target, double Weight, string Kind, IReadOnlyList<long> Reports);
