using Graph.Core.Network;

namespace Graph.Core.Analysis;

/// <summary>A network together with its CSR snapshot and everything computed on it.</summary>
public sealed class NetworkAnalysis
{
    private readonly NodeMetrics[] metrics;

    private NetworkAnalysis(CooperationNetwork network, CsrGraph graph, NodeMetrics[] metrics, NetworkStats stats, CutStructure cuts, bool pathMetricsSkipped)
    {
        (Network, Graph, this.metrics, Stats, Cuts, PathMetricsSkipped) = (network, graph, metrics, stats, cuts, pathMetricsSkipped);
    }

    /// <summary>
    /// Above this many nodes the all-pairs path metrics (betweenness, weighted betweenness, closeness
    /// and the diameter, each a breadth-first or Dijkstra search from every node) are not computed
    /// unless asked for, so no request runs for minutes; they read zero and <see cref="PathMetricsSkipped"/> says so.
    /// </summary>
    public const int DefaultPathMetricNodeLimit = 3000;

    /// <summary>True when betweenness, closeness and the diameter were skipped because the network was too large.</summary>
    public bool PathMetricsSkipped { get; }

    /// <summary>The analysed network.</summary>
    public CooperationNetwork Network { get; }

    /// <summary>Its CSR snapshot; node numbers follow <see cref="CooperationNetwork.Nodes"/>.</summary>
    public CsrGraph Graph { get; }

    /// <summary>Whole-network figures.</summary>
    public NetworkStats Stats { get; }

    /// <summary>Articulation points and bridges.</summary>
    public CutStructure Cuts { get; }

    /// <summary>The metrics of the node with this number.</summary>
    public NodeMetrics this[int node] => metrics[node];

    /// <summary>The metrics of the node with this id, or null when it is not in the network.</summary>
    public NodeMetrics? For(string id) => Graph.IndexOf(id) is var i and >= 0 ? metrics[i] : null;

    /// <summary>Computes every metric of <paramref name="network"/>; Louvain uses <paramref name="seed"/>.</summary>
    /// <example><code>var analysis = NetworkAnalysis.Of(network); var top = analysis.Stats.Modularity;</code></example>
    /// <param name="network">The network.</param>
    /// <param name="seed">Louvain's seed.</param>
    /// <param name="pathMetricNodeLimit">Largest node count for which betweenness, closeness and the diameter are computed.</param>
    public static NetworkAnalysis Of(CooperationNetwork network, int seed = 42, int pathMetricNodeLimit = DefaultPathMetricNodeLimit)
    {
        ArgumentNullException.ThrowIfNull(network);
        var graph = CsrGraph.FromNetwork(network);
        var degree = GraphMeasures.Degrees(graph);
        var weighted = GraphMeasures.WeightedDegrees(graph);
        var skip = graph.NodeCount > pathMetricNodeLimit;
        var none = new double[graph.NodeCount];
        var betweenness = skip ? none : BetweennessCentrality.Compute(graph);
        var weightedBetweenness = skip ? none : BetweennessCentrality.Compute(graph, weighted: true);
        var closeness = skip ? none : ClosenessCentrality.Compute(graph);
        var pagerank = PageRank.Compute(graph);
        var eigenvector = EigenvectorCentrality.Compute(graph);
        var clustering = ClusteringCoefficient.Compute(graph);
        var core = CoreNumber.Compute(graph);
        var communities = Louvain.Detect(graph, seed);
        ConnectedComponents.Label(graph, out var components);
        var metrics = new NodeMetrics[graph.NodeCount];
        for (var v = 0; v < metrics.Length; v++)
        {
            metrics[v] = new NodeMetrics(degree[v], weighted[v], betweenness[v], weightedBetweenness[v], closeness[v],
                pagerank[v], eigenvector?[v], clustering[v], core[v], communities.Membership[v]);
        }

        var stats = new NetworkStats(graph.NodeCount, graph.EdgeCount, GraphMeasures.Density(graph), components,
            skip ? 0 : GraphMeasures.DiameterOfLargestComponent(graph), communities.Count, communities.Modularity);
        return new NetworkAnalysis(network, graph, metrics, stats, CutStructure.Find(graph), skip);
    }
}
