using System.Text.Json.Serialization;

namespace Graph.Core.Export;

/// <summary>The <c>data</c> of a Cytoscape.js edge.</summary>
/// <param name="Id">Stable id, <c>source|target</c>.</param>
/// <param name="Source">Ordinally smaller end.</param>
/// <param name="Target">Ordinally larger end.</param>
/// <param name="Weight">Edge weight (distinct supporting reports, or collaboration weight).</param>
/// <param name="Kind"><c>led</c> when one end led a shared event, else <c>together</c>.</param>
/// <param name="Reports">Ids of the supporting reports when the network was rebuilt from them; empty when it was read from the tallies (ask /api/edges/evidence).</param>
/// <param name="ReportCount">Number of supporting reports.</param>
/// <param name="Since">Date of the earliest dated supporting report (YYYY-MM-DD), or null.</param>
public sealed record CytoscapeEdgeData(string Id, string Source, string Target, double Weight, string Kind, IReadOnlyList<long> Reports, int ReportCount, string? Since)
{
    /// <summary>True when the edge rests on a participation a curation edit added, moved, confirmed or changed (left out when false).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Curated { get; init; }
}
