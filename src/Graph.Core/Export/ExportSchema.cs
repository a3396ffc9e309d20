using Graph.Core.Analysis;
using Graph.Core.Network;
using Graph.Core.Vocabulary;

namespace Graph.Core.Export;

/// <summary>
/// The attribute schema every format shares: what a node and an edge carry, down to <c>curated</c>
/// (a curation edit changed or confirmed it), as the graph JSON marks it.
/// </summary>
internal static class ExportSchema
{
    public static IReadOnlyList<ExportAttribute<NodeRow>> Nodes { get; } =
    [
        new("label", ExportType.String, r => r.Node.Label),
        new("kind", ExportType.String, r => ExportNames.Of(r.Node.Kind)),
        new("countryCode", ExportType.String, r => r.Node.CountryCode),
        new("language", ExportType.String, r => r.Node.Language),
        .. NodeMetricCatalog.All.Select(m =>
            new ExportAttribute<NodeRow>(m.Name, m.IsInteger ? ExportType.Int : ExportType.Double, r => m.Read(r.Metrics))),
        new("articulationPoint", ExportType.Boolean, r => r.ArticulationPoint),
        new("curated", ExportType.Boolean, r => r.Node.Curated),
    ];

    public static IReadOnlyList<ExportAttribute<CooperationEdge>> Edges { get; } =
    [
        new("weight", ExportType.Double, e => e.Weight),
        new("kind", ExportType.String, e => ExportNames.Of(e.Kind)),
        new("reports", ExportType.String, e => string.Join(';', e.ReportIds)),
        new("languages", ExportType.String, e => string.Join(';', e.Languages)),
        new("events", ExportType.Int, e => e.EventCount),
        new("curated", ExportType.Boolean, e => e.Curated),
    ];

    public static IEnumerable<NodeRow> Rows(NetworkAnalysis analysis)
    {
        var cut = analysis.Cuts.ArticulationPoints.ToHashSet();
        return analysis.Network.Nodes.Select((node, i) => new NodeRow(node, analysis[i], cut.Contains(i)));
    }
}
