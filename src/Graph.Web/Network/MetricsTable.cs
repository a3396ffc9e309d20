using Graph.Core.Analysis;
using Graph.Core.Export;
using Graph.Core.Vocabulary;

namespace Graph.Web.Network;

/// <summary>The metric table of a view: one row per node, plus whole-network figures and brokers.</summary>
public sealed record MetricsTable(NetworkStats Stats, IReadOnlyList<MetricsRow> Nodes, IReadOnlyList<string> ArticulationPoints, IReadOnlyList<string[]> Bridges)
{
    /// <summary>The table of an analysed network.</summary>
    public static MetricsTable From(NetworkAnalysis analysis)
    {
        var ids = analysis.Graph.NodeIds;
        var cut = analysis.Cuts.ArticulationPoints.ToHashSet();
        var rows = analysis.Network.Nodes.Select((node, i) =>
        {
            var m = analysis[i];
            return new MetricsRow(node.Id, node.Label, ExportNames.Of(node.Kind), node.CountryCode, cut.Contains(i))
            {
                Metrics = NodeMetricCatalog.All.ToDictionary(metric => metric.Name, metric => metric.Read(m)),
            };
        }).ToArray();
        return new MetricsTable(analysis.Stats, rows, analysis.Cuts.ArticulationPoints.Select(i => ids[i]).ToArray(),
            analysis.Cuts.Bridges.Select(b => new[] { ids[b.U], ids[b.V] }).ToArray());
    }
}
