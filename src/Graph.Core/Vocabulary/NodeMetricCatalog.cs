using Graph.Core.Analysis;

namespace Graph.Core.Vocabulary;

/// <summary>
/// The per-node metrics, defined once: the API's graph and metric table, every export format, the
/// CLI and the page (through <c>/api/vocabulary</c>) all list them from here, in this order.
/// </summary>
public static class NodeMetricCatalog
{
    /// <summary>Every node metric, in display order.</summary>
    public static IReadOnlyList<NodeMetric> All { get; } =
    [
        new("degree", "Degree", "Number of neighbours.", true, m => m.Degree),
        new("weightedDegree", "Weighted degree", "Sum of the weights (reports) of its links.", false, m => m.WeightedDegree),
        new("betweenness", "Betweenness", "Share of shortest paths, counted in hops, that pass through it: a broker.", false, m => m.Betweenness),
        new("weightedBetweenness", "Weighted betweenness", "Betweenness where a link weighs less the more reports support it.", false, m => m.WeightedBetweenness),
        new("closeness", "Closeness", "How near it is to everyone it can reach (Wasserman–Faust scaling).", false, m => m.Closeness),
        new("pagerank", "PageRank", "Weighted PageRank (α = 0.85): linked to by well-linked actors.", false, m => m.PageRank),
        new("eigenvector", "Eigenvector", "Eigenvector centrality: linked to by central actors; empty when it does not converge.", false, m => m.Eigenvector),
        new("clustering", "Clustering", "Share of its neighbours' pairs that are linked themselves.", false, m => m.Clustering),
        new("core", "k-core", "Largest k such that it sits in a group where everyone has k links inside.", true, m => m.Core),
        new("community", "Community", "Louvain community number.", true, m => m.Community, CanSize: false),
    ];

    /// <summary>The metric called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static NodeMetric? Find(string? name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
