using System.Globalization;

namespace Graph.Core.Storage;

/// <summary>
/// What a picture of one all-time tally scope reads about its nodes (each node's tally and its link
/// totals), kept between reads, together with the edges among the nodes the last picture kept. After
/// new reports the store re-reads only the rows of the nodes and pairs those reports touched, instead of
/// every node of the view and every pair among the kept ones. A store fills it
/// (<see cref="IPictureTallies.ReadPictureTallies"/>); one instance serves one scope and is brought up
/// to date by one reader at a time.
/// </summary>
public sealed class KeptLinkTotals
{
    private readonly Dictionary<string, NodeTally> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NodeLinkTotals> _links = new(StringComparer.Ordinal);
    private long _ends;

    /// <summary>Creates an empty instance for the all-time tallies of <paramref name="scope"/>.</summary>
    /// <param name="scope">An all-time scope (<see cref="TallyScope.AllTime"/>).</param>
    public KeptLinkTotals(TallyScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.AllTime)
        {
            throw new ArgumentException("Only all-time tallies are kept between reads.", nameof(scope));
        }

        Scope = scope;
    }

    /// <summary>The scope these totals sum.</summary>
    public TallyScope Scope { get; }

    /// <summary>The store state the totals were last brought up to, or null before the first read.</summary>
    public StoreMark? Mark { get; private set; }

    /// <summary>The scope's edges (half the sum of its nodes' degrees).</summary>
    public long EdgeCount => _ends / 2;

    /// <summary>The scope's nodes held.</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>How the last read brought the totals up to date: <c>full</c>, <c>changes</c> or <c>unchanged</c>, with the nodes it re-read.</summary>
    public string LastRefresh { get; private set; } = "none";

    /// <summary>The store state the last correction started from, and the pairs of nodes whose rows it may have changed.</summary>
    internal (StoreMark From, HashSet<(string Source, string Target)> Pairs)? LastChange { get; private set; }

    /// <summary>The edge rows among the nodes the last picture kept, at the mark they were read.</summary>
    internal (StoreMark Mark, HashSet<string> Chosen, IReadOnlyList<EdgeTally> Rows)? Among { get; set; }

    /// <summary>Each node's tally over all time.</summary>
    public IReadOnlyList<NodeTally> Nodes() => [.. _nodes.Values];

    /// <summary>Each node's link totals, for the nodes with at least one edge.</summary>
    public IReadOnlyList<NodeLinkTotals> Links() => [.. _links.Values];

    /// <summary>Replaces everything with a full read of the scope's node tallies and link totals.</summary>
    internal void Load(StoreMark mark, IEnumerable<NodeTally> nodes, IEnumerable<NodeLinkTotals> links)
    {
        _nodes.Clear();
        _links.Clear();
        _ends = 0;
        foreach (var node in nodes)
        {
            _nodes[node.Node] = node;
        }

        foreach (var link in links)
        {
            Put(link);
        }

        (Mark, LastChange, Among) = (mark, null, null);
        LastRefresh = string.Create(CultureInfo.InvariantCulture, $"full ({_nodes.Count:N0} nodes)");
    }

    /// <summary>
    /// Replaces the rows of the nodes new reports touched by their current ones: a touched node missing
    /// from <paramref name="nodes"/> (or <paramref name="links"/>) has no such row any more.
    /// </summary>
    internal void Apply(StoreMark mark, IReadOnlyCollection<string> touched, HashSet<(string Source, string Target)> pairs,
        IEnumerable<NodeTally> nodes, IEnumerable<NodeLinkTotals> links)
    {
        foreach (var node in touched)
        {
            _nodes.Remove(node);
            if (_links.Remove(node, out var was))
            {
                _ends -= was.Degree;
            }
        }

        foreach (var node in nodes)
        {
            _nodes[node.Node] = node;
        }

        foreach (var link in links)
        {
            Put(link);
        }

        (LastChange, Mark) = (Mark is { } from ? (from, pairs) : null, mark);
        LastRefresh = string.Create(CultureInfo.InvariantCulture, $"changes ({touched.Count:N0} nodes re-read)");
    }

    /// <summary>Records that nothing changed in the scope since the last read.</summary>
    internal void Confirm(StoreMark mark)
    {
        Mark = mark;
        LastRefresh = "unchanged";
    }

    private void Put(NodeLinkTotals link)
    {
        if (link.Degree <= 0)
        {
            return;
        }

        if (_links.Remove(link.Node, out var was))
        {
            _ends -= was.Degree;
        }

        _links[link.Node] = link;
        _ends += link.Degree;
    }
}
