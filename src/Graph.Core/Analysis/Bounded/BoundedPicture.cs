using System.Globalization;

namespace Graph.Core.Analysis.Bounded;

/// <summary>
/// A readable part of a large graph, with the totals of what was left out: the top nodes by a measure up
/// to a budget, plus nodes that must be shown and their heaviest neighbours, and the edges between kept
/// nodes that an <see cref="EdgeFilter"/> keeps, the heaviest of them up to the edge budget. The filter is
/// judged on the whole graph (a backbone edge is significant for its ends' full strength), and an included
/// node's links to the neighbours it brought in are always kept, so a searched node never appears alone.
/// A graph whose edges all weigh the same has no backbone (see <see cref="DisparityFilter.CannotChoose"/>):
/// its picture keeps the links between kept nodes as <see cref="EdgeFilter.All"/> would, and says so.
/// </summary>
/// <example>
/// <code>
/// var picture = BoundedPicture.Of(graph, new PictureOptions { NodeBudget = 300, Alpha = 0.05 });
/// picture.Describe("actors");  // "showing 300 of 9,812 actors and 1,204 of 180,331 links — backbone α = 0.05"
/// </code>
/// </example>
public sealed class BoundedPicture
{
    private BoundedPicture(int[] nodes, WeightedEdge[] edges, int totalNodes, int totalEdges, CentralityEstimate measure, PictureOptions options, EdgeCut cut)
    {
        (Nodes, Edges, TotalNodes, TotalEdges, Measure, Options) = (nodes, edges, totalNodes, totalEdges, measure, options);
        (RuleEdges, BudgetedEdges, Unweighted) = (cut.RuleEdges, cut.Kept, cut.Unweighted);
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

    /// <summary>How many edges between kept nodes the edge rule kept, before the edge budget took the heaviest.</summary>
    public int RuleEdges { get; }

    /// <summary>How many of <see cref="RuleEdges"/> the edge budget kept.</summary>
    public int BudgetedEdges { get; }

    /// <summary>True when every edge of the graph weighs the same, so the backbone rule could not choose and kept them all.</summary>
    public bool Unweighted { get; }

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
        var unweighted = options.Edges == EdgeFilter.Backbone && DisparityFilter.CannotChoose(graph);
        var among = (unweighted ? AllEdges(graph) : Candidates(graph, options)).Where(e => kept[e.U] && kept[e.V]).ToList();
        var edges = Heaviest(among, options.EdgeBudget);
        edges.ForEach(e => links.Remove((e.U, e.V)));
        edges.AddRange(links.Select(link => new WeightedEdge(link.U, link.V, graph.Weights[NodeOrder.Arc(graph, link.U, link.V)])));
        edges.Sort(ByEnds);
        var nodes = Enumerable.Range(0, kept.Length).Where(v => kept[v]).ToArray();
        return new BoundedPicture(nodes, [.. edges], graph.NodeCount, graph.EdgeCount, measure, options, new EdgeCut(among.Count, Math.Min(among.Count, options.EdgeBudget), unweighted));
    }

    /// <summary>
    /// The <paramref name="budget"/> heaviest of <paramref name="edges"/> (equal weights by their ends'
    /// order), ordered by (U, V): every edge when there are no more than the budget.
    /// </summary>
    public static List<WeightedEdge> Heaviest(IReadOnlyList<WeightedEdge> edges, int budget)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var kept = edges.Count <= budget ? [.. edges]
            : edges.OrderByDescending(e => e.Weight).ThenBy(e => e.U).ThenBy(e => e.V).Take(budget).ToList();
        kept.Sort(ByEnds);
        return kept;
    }

    private static int ByEnds(WeightedEdge a, WeightedEdge b) => a.U != b.U ? a.U.CompareTo(b.U) : a.V.CompareTo(b.V);

    /// <summary>
    /// A picture chosen elsewhere by the same rules, such as one ranked from the tallies' node totals
    /// without the whole graph in memory: <paramref name="nodes"/> ascending, <paramref name="edges"/> by (U, V).
    /// </summary>
    internal static BoundedPicture FromParts(int[] nodes, WeightedEdge[] edges, int totalNodes, int totalEdges, CentralityEstimate measure, PictureOptions options,
        int ruleEdges) =>
        new(nodes, edges, totalNodes, totalEdges, measure, options, new EdgeCut(ruleEdges, edges.Length, Unweighted: false));

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
            EdgeFilter.Backbone when Unweighted => string.Create(c, $" — every link weighs the same, so no backbone (α = {Options.Alpha:0.###}): all links between them"),
            EdgeFilter.Backbone => string.Create(c, $" — backbone α = {Options.Alpha:0.###}"),
            EdgeFilter.StrongestPerNode => string.Create(c, $" — each node's {Options.EdgesPerNode} strongest"),
            _ => "",
        };
        if (BudgetedEdges < RuleEdges)
        {
            text += string.Create(c, $", the {BudgetedEdges:N0} strongest of {RuleEdges:N0}");
        }

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

    /// <summary>What the edge rule kept between kept nodes, how many of those the budget kept, and whether the rule could not choose.</summary>
    private readonly record struct EdgeCut(int RuleEdges, int Kept, bool Unweighted);

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
