using System.Globalization;

namespace Graph.Core.Analysis.Bounded;

/// <summary>
/// A readable part of a large graph, with the totals of what was left out: the top nodes by a measure up
/// to a budget, plus nodes that must be shown and their heaviest neighbours, and the edges between kept
/// nodes that an <see cref="EdgeFilter"/> keeps. The filter is judged on the whole graph (a backbone edge
/// is significant for its ends' full strength), and an included node's links to the neighbours it
/// brought in are always kept, so a searched node never appears alone.
/// </summary>
/// <example>
/// <code>
/// var picture = BoundedPicture.Of(graph, new PictureOptions { NodeBudget = 300, Alpha = 0.05 });
/// picture.Describe("actors");  // "showing 300 of 9,812 actors and 1,204 of 180,331 links — backbone α = 0.05"
/// </code>
/// </example>
public sealed class BoundedPicture
{
    private BoundedPicture(int[] nodes, WeightedEdge[] edges, int totalNodes, int totalEdges, CentralityEstimate measure, PictureOptions options)
    {
        (Nodes, Edges, TotalNodes, TotalEdges, Measure, Options) = (nodes, edges, totalNodes, totalEdges, measure, options);
    }

    /// <summary>Kept node numbers, ascending.</summary>
    public IReadOnlyList<int> Nodes { get; }

    /// <summary>Kept edges, ordered by (U, V).</summary>
    public IReadOnlyList<WeightedEdge> Edges { get; }

    /// <summary>Number of nodes in the whole graph.</summary>
    public int TotalNodes { get; }

    /// <summary>Number of edges in the whole graph.</summary>
    public int TotalEdges { get; }

    /// <summary>The measure that ranked the nodes, for every node of the whole graph, and whether it is exact.</summary>
    public CentralityEstimate Measure { get; }

    /// <summary>The options the picture was made with.</summary>
    public PictureOptions Options { get; }

    /// <summary>True when nothing was left out.</summary>
    public bool IsComplete => Nodes.Count == TotalNodes && Edges.Count == TotalEdges;

    /// <summary>Chooses the picture of <paramref name="graph"/> that <paramref name="options"/> ask for (defaults when null).</summary>
    /// <exception cref="ArgumentException">An included id is not a node of the graph, or an option is out of range.</exception>
    public static BoundedPicture Of(CsrGraph graph, PictureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new PictureOptions();
        options.Validate();
        var measure = NodeSelection.Measure(graph, options.Measure, options.Centrality);
        var kept = new bool[graph.NodeCount];
        foreach (var v in NodeSelection.Top(graph, measure.Values, options.NodeBudget))
        {
            kept[v] = true;
        }

        var links = IncludeRequested(graph, options, kept);
        var edges = new List<WeightedEdge>();
        foreach (var e in Candidates(graph, options))
        {
            if (kept[e.U] && kept[e.V])
            {
                edges.Add(e);
                links.Remove((e.U, e.V));
            }
        }

        edges.AddRange(links.Select(link => new WeightedEdge(link.U, link.V, graph.Weights[NodeOrder.Arc(graph, link.U, link.V)])));
        edges.Sort((a, b) => a.U != b.U ? a.U.CompareTo(b.U) : a.V.CompareTo(b.V));
        var nodes = Enumerable.Range(0, kept.Length).Where(v => kept[v]).ToArray();
        return new BoundedPicture(nodes, [.. edges], graph.NodeCount, graph.EdgeCount, measure, options);
    }

    /// <summary>
    /// A picture chosen elsewhere by the same rules, such as one ranked from the tallies' node totals
    /// without the whole graph in memory: <paramref name="nodes"/> ascending, <paramref name="edges"/> by (U, V).
    /// </summary>
    internal static BoundedPicture FromParts(int[] nodes, WeightedEdge[] edges, int totalNodes, int totalEdges, CentralityEstimate measure, PictureOptions options) =>
        new(nodes, edges, totalNodes, totalEdges, measure, options);

    /// <summary>
    /// The statement of what is shown, e.g. "showing 300 of 9,812 actors and 1,204 of 180,331 links —
    /// backbone α = 0.05", followed by "betweenness estimated from k of n sources" when it was.
    /// </summary>
    /// <param name="nodes">What the nodes are, plural ("actors", "countries").</param>
    /// <param name="edges">What the edges are, plural.</param>
    public string Describe(string nodes = "nodes", string edges = "links")
    {
        var c = CultureInfo.InvariantCulture;
        var text = string.Create(c, $"showing {Nodes.Count:N0} of {TotalNodes:N0} {nodes} and {Edges.Count:N0} of {TotalEdges:N0} {edges}");
        text += Options.Edges switch
        {
            EdgeFilter.Backbone => string.Create(c, $" — backbone α = {Options.Alpha:0.###}"),
            EdgeFilter.StrongestPerNode => string.Create(c, $" — each node's {Options.EdgesPerNode} strongest"),
            _ => "",
        };
        return Measure.IsExact
            ? text
            : text + string.Create(c, $"; betweenness estimated from {Measure.Sources:N0} of {Measure.NodeCount:N0} sources");
    }

    /// <summary>Marks the included nodes and their heaviest neighbours; returns the links between them.</summary>
    private static HashSet<(int U, int V)> IncludeRequested(CsrGraph graph, PictureOptions options, bool[] kept)
    {
        var links = new HashSet<(int U, int V)>();
        if (options.Include.Count == 0)
        {
            return links;
        }

        var idRank = NodeOrder.IdRanks(graph);
        foreach (var id in options.Include)
        {
            var v = graph.IndexOf(id);
            if (v < 0)
            {
                throw new ArgumentException($"No node '{id}' in this graph.", nameof(options));
            }

            kept[v] = true;
            foreach (var u in StrongestEdges.Neighbours(graph, v, options.NeighboursOfIncluded, idRank))
            {
                kept[u] = true;
                links.Add((Math.Min(u, v), Math.Max(u, v)));
            }
        }

        return links;
    }

    private static IEnumerable<WeightedEdge> Candidates(CsrGraph graph, PictureOptions options) => options.Edges switch
    {
        EdgeFilter.Backbone => DisparityFilter.Backbone(graph, options.Alpha),
        EdgeFilter.StrongestPerNode => StrongestEdges.PerNode(graph, options.EdgesPerNode),
        _ => AllEdges(graph),
    };

    private static IEnumerable<WeightedEdge> AllEdges(CsrGraph graph)
    {
        for (var v = 0; v < graph.NodeCount; v++)
        {
            for (var i = graph.Offsets[v]; i < graph.Offsets[v + 1]; i++)
            {
                if (graph.Targets[i] > v)
                {
                    yield return new WeightedEdge(v, graph.Targets[i], graph.Weights[i]);
                }
            }
        }
    }
}
