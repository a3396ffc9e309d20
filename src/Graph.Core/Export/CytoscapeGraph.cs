using Graph.Core.Analysis;
using Graph.Core.Network;
using Graph.Core.Vocabulary;

namespace Graph.Core.Export;

/// <summary>
/// A network as Cytoscape.js elements (<c>{ nodes: [{ data }], edges: [{ data }] }</c>) with
/// headline figures; serialised with camel-case names it is both the API's graph and the JSON export.
/// </summary>
public sealed record CytoscapeGraph(
    IReadOnlyList<CytoscapeElement<CytoscapeNodeData>> Nodes,
    IReadOnlyList<CytoscapeElement<CytoscapeEdgeData>> Edges,
    CytoscapeStats Stats)
{
    /// <summary>Maps an analysed network to elements, nodes and edges in network order.</summary>
    public static CytoscapeGraph From(NetworkAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var network = analysis.Network;
        var nodes = network.Nodes.Select((node, i) => new CytoscapeElement<CytoscapeNodeData>(ToData(node, analysis[i]))).ToArray();
        var edges = network.Edges.Select(e => new CytoscapeElement<CytoscapeEdgeData>(ToData(e))).ToArray();
        var s = analysis.Stats;
        return new CytoscapeGraph(nodes, edges, new CytoscapeStats(s.Nodes, s.Edges, s.Density, s.Components, s.Modularity, analysis.PathMetricsEstimated));
    }

    private static CytoscapeNodeData ToData(NetworkNode node, NodeMetrics m) =>
        new(node.Id, node.Label, ExportNames.Of(node.Kind), node.CountryCode)
        {
            Curated = node.Curated,
            Metrics = NodeMetricCatalog.All.ToDictionary(metric => metric.Name, metric => metric.Read(m)),
        };

    private static CytoscapeEdgeData ToData(CooperationEdge e) =>
        new(e.Id, e.Source, e.Target, e.Weight, ExportNames.Of(e.Kind), e.ReportIds, e.ReportCount,
            e.FirstDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) { Curated = e.Curated };
}
