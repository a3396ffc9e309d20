using Graph.Core.Analysis;
using Graph.Core.Network;

namespace Graph.Core.Export;

/// <summary>The attribute schema every format shares: what a node and an edge carry.</summary>
internal static class ExportSchema
{
    public static IReadOnlyList<ExportAttribute<NodeRow>> Nodes { get; } =
    [
        new("label", ExportType.String, r => r.Node.Label),
        new("kind", ExportType.String, r => ExportNames.Of(r.Node.Kind)),
        new("countryCode", ExportType.String, r => r.Node.CountryCode),
        new("degree", ExportType.Int, r => r.Metrics.Degree),
        new("weightedDegree", ExportType.Double, r => r.Metrics.WeightedDegree),
        new("betweenness", ExportType.Double, r => r.Metrics.Betweenness),
        new("weightedBetweenness", ExportType.Double, r => r.Metrics.WeightedBetweenness),
        new("closeness", ExportType.Double, r => r.Metrics.Closeness),
        new("pagerank", ExportType.Double, r => r.Metrics.PageRank),
        new("eigenvector", ExportType.Double, r => r.Metrics.Eigenvector),
        new("clustering", ExportType.Double, r => r.Metrics.Clustering),
        new("core", ExportType.Int, r => r.Metrics.Core),
        new("community", ExportType.Int, r => r.Metrics.Community),
        new("articulationPoint", ExportType.Boolean, r => r.ArticulationPoint),
    ];

    public static IReadOnlyList<ExportAttribute<CooperationEdge>> Edges { get; } =
    [
        new("weight", ExportType.Double, e => e.Weight),
        new("kind", ExportType.String, e => ExportNames.Of(e.Kind)),
        new("reports", ExportType.String, e => string.Join(';', e.ReportIds)),
        new("events", ExportType.Int, e => e.EventCount),
    ];

    public static IEnumerable<NodeRow> Rows(NetworkAnalysis analysis)
    {
        var cut = analysis.Cuts.ArticulationPoints.ToHashSet();
        return analysis.Network.Nodes.Select((node, i) => new NodeRow(node, analysis[i], cut.Contains(i)));
    }
}
