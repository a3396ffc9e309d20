using Graph.Core.Network;

namespace Graph.Core.Analysis;

/// <summary>A network together with its CSR snapshot and everything computed on it.</summary>
public sealed class NetworkAnalysis
{
    private readonly NodeMetrics[] _metrics;

    private NetworkAnalysis(CooperationNetwork network, CsrGraph graph, NodeMetrics[] metrics, NetworkStats stats, CutStructure cuts, bool pathMetricsEstimated)
    {
        (Network, Graph, _metrics, Stats, Cuts, PathMetricsEstimated) = (network, graph, metrics, stats, cuts, pathMetricsEstimated);
    }

    /// <summary>
    /// True when the network was too large for exact path metrics (see <see cref="Bounded.CentralityPolicy"/>):
    /// betweenness and closeness are then estimated from sampled sources and the diameter is not computed (reads 0).
    /// </summary>
    public bool PathMetricsEstimated { get; }

    /// <summary>The analysed network.</summary>
    public CooperationNetwork Network { get; }

    /// <summary>Its CSR snapshot; node numbers follow <see cref="CooperationNetwork.Nodes"/>.</summary>
    public CsrGraph Graph { get; }

    /// <summary>Whole-network figures.</summary>
    public NetworkStats Stats { get; }

    /// <summary>Articulation points and bridges.</summary>
    public CutStructure Cuts { get; }

    /// <summary>The metrics of the node with this number.</summary>
    public NodeMetrics this[int node] => _metrics[node];

    /// <summary>The metrics of the node with this id, or null when it is not in the network.</summary>
    public NodeMetrics? For(string id) => Graph.IndexOf(id) is var i and >= 0 ? _metrics[i] : null;

    /// <summary>Computes every metric of <paramref name="network"/>; Louvain uses <paramref name="seed"/>.</summary>
    /// <example><code>var analysis = NetworkAnalysis.Of(network); var top = analysis.Stats.Modularity;</code></example>
    /// <param name="network">The network.</param>
    /// <param name="seed">Louvain's seed.</param>
    /// <param name="policy">When betweenness and closeness are exact and when estimated; <see cref="Bounded.CentralityPolicy.Default"/> when null.</param>
    public static NetworkAnalysis Of(CooperationNetwork network, int seed = 42, Bounded.CentralityPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        var graph = CsrGraph.FromNetwork(network);
        var degree = GraphMeasures.Degrees(graph);
        var weighted = GraphMeasures.WeightedDegrees(graph);
        policy ??= Bounded.CentralityPolicy.Default;
        var betweennessEstimate = policy.Betweenness(graph);
        var weightedEstimate = policy.Betweenness(graph, weighted: true);
        var closenessEstimate = policy.Closeness(graph);
        var estimated = !betweennessEstimate.IsExact || !weightedEstimate.IsExact || !closenessEstimate.IsExact;
        var (betweenness, weightedBetweenness, closeness) = (betweennessEstimate.Values, weightedEstimate.Values, closenessEstimate.Values);
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
                pagerank?[v], eigenvector?[v], clustering[v], core[v], communities.Membership[v]);
        }

        var stats = new NetworkStats(graph.NodeCount, graph.EdgeCount, GraphMeasures.Density(graph), components,
            estimated ? 0 : GraphMeasures.DiameterOfLargestComponent(graph), communities.Count, communities.Modularity);
        return new NetworkAnalysis(network, graph, metrics, stats, CutStructure.Find(graph), estimated);
    }
}
