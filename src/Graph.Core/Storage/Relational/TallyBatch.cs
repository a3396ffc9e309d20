namespace Graph.Core.Storage.Relational;

/// <summary>
/// The view tallies of a batch of reports summed in memory, so each distinct row is upserted once per
/// batch rather than once per report. A report's rows are staged while it is written and kept only when
/// its savepoint is released, so a report the store refuses adds nothing. The <c>operations:</c> rows of a
/// new operation of one event are staged too; before the linker takes an operation's rows back (a merge
/// or relink retracts it) it writes out, with <see cref="Flush"/>, the batch's rows of those keys only.
/// </summary>
internal sealed class TallyBatch
{
    private readonly Dictionary<(string, string, string, string), NodeTally> _nodes = [];
    private readonly Dictionary<(string, string, string, string, string), EdgeTally> _edges = [];
    private (List<NodeTally> Nodes, List<EdgeTally> Edges)? _staged;
    private readonly List<(List<NodeTally> Nodes, List<EdgeTally> Edges)> _flushed = [];

    /// <summary>Holds the rows of the report being written until <see cref="Keep"/> or <see cref="Drop"/>.</summary>
    public void Stage(List<NodeTally> nodes, List<EdgeTally> edges) => _staged = (nodes, edges);

    /// <summary>Adds more rows to the report being written (the linker's, for an operation of one event).</summary>
    public void StageMore(List<NodeTally> nodes, List<EdgeTally> edges)
    {
        var (heldNodes, heldEdges) = _staged ?? ([], []);
        _staged = ([.. heldNodes, .. nodes], [.. heldEdges, .. edges]);
    }

    /// <summary>
    /// The rows summed and staged so far whose keys <paramref name="keys"/> holds (a node's target is the
    /// empty name), for the caller to write now, inside the report's savepoint; the other rows stay in the batch.
    /// Earlier reports' sums are remembered until the report is kept: should its savepoint be rolled
    /// back, taking their rows out of the database again, <see cref="Drop"/> puts them back in the batch.
    /// </summary>
    public (List<NodeTally> Nodes, List<EdgeTally> Edges) Flush(IReadOnlySet<(string, string, string, string, string)> keys)
    {
        bool NodeIn(NodeTally n) => keys.Contains((n.Projection, n.CrimeArea, n.Period, n.Node, ""));
        bool EdgeIn(EdgeTally e) => keys.Contains((e.Projection, e.CrimeArea, e.Period, e.Source, e.Target));
        _flushed.Add(Held(keys));
        if (_staged is var (nodes, edges))
        {
            Sum([.. nodes.Where(NodeIn)], [.. edges.Where(EdgeIn)]);
            _staged = ([.. nodes.Where(n => !NodeIn(n))], [.. edges.Where(e => !EdgeIn(e))]);
        }

        var taken = Held(keys);
        taken.Item1.ForEach(n => _nodes.Remove((n.Projection, n.CrimeArea, n.Period, n.Node)));
        taken.Item2.ForEach(e => _edges.Remove((e.Projection, e.CrimeArea, e.Period, e.Source, e.Target)));
        return taken;
    }

    // The batch's rows of the keys asked for, found by key rather than by scanning the batch.
    private (List<NodeTally> Nodes, List<EdgeTally> Edges) Held(IReadOnlySet<(string, string, string, string, string)> keys) =>
        ([.. keys.Where(k => k.Item5.Length == 0).Select(k => _nodes.GetValueOrDefault((k.Item1, k.Item2, k.Item3, k.Item4))).OfType<NodeTally>()],
         [.. keys.Where(k => k.Item5.Length > 0).Select(k => _edges.GetValueOrDefault(k)).OfType<EdgeTally>()]);

    /// <summary>Adds the staged report's rows to the batch's sums.</summary>
    public void Keep()
    {
        _flushed.Clear();
        if (_staged is not var (nodes, edges))
        {
            return;
        }

        Sum(nodes, edges);
        _staged = null;
    }

    /// <summary>Forgets the staged report's rows (its savepoint was rolled back) and takes back the earlier sums it had written.</summary>
    public void Drop()
    {
        _staged = null;
        foreach (var (nodes, edges) in _flushed)
        {
            Sum(nodes, edges);
        }

        _flushed.Clear();
    }

    private void Sum(List<NodeTally> nodes, List<EdgeTally> edges)
    {
        foreach (var n in nodes)
        {
            var key = (n.Projection, n.CrimeArea, n.Period, n.Node);
            if (!_nodes.TryGetValue(key, out var held))
            {
                _nodes[key] = n;
                continue;
            }

            var (date, first) = Earlier(n.FirstDate, n.FirstKey, held.FirstDate, held.FirstKey);
            _nodes[key] = held with { Reports = held.Reports + n.Reports, Events = held.Events + n.Events, Sources = held.Sources + n.Sources, FirstDate = date, FirstKey = first };
        }

        foreach (var e in edges)
        {
            var key = (e.Projection, e.CrimeArea, e.Period, e.Source, e.Target);
            if (!_edges.TryGetValue(key, out var held))
            {
                _edges[key] = e;
                continue;
            }

            var (date, first) = Earlier(e.FirstDate, e.FirstKey, held.FirstDate, held.FirstKey);
            _edges[key] = held with
            {
                Reports = held.Reports + e.Reports, Events = held.Events + e.Events, Led = held.Led + e.Led, Newman = held.Newman + e.Newman,
                Sources = held.Sources + e.Sources, FirstDate = date, FirstKey = first,
            };
        }
    }

    /// <summary>Adds rows to the batch's sums at once, with no report staged (the end-of-import link's).</summary>
    public void Add(List<NodeTally> nodes, List<EdgeTally> edges)
    {
        Keep();
        Sum(nodes, edges);
    }

    /// <summary>How many summed rows the batch holds.</summary>
    public int Count => _nodes.Count + _edges.Count;

    /// <summary>The summed rows, emptied from the batch.</summary>
    public (List<NodeTally> Nodes, List<EdgeTally> Edges) Take()
    {
        Keep();
        var taken = (_nodes.Values.ToList(), _edges.Values.ToList());
        _nodes.Clear();
        _edges.Clear();
        return taken;
    }

    private static (string Date, long Key) Earlier(string date, long key, string otherDate, long otherKey)
    {
        var c = string.CompareOrdinal(date, otherDate);
        return c < 0 || (c == 0 && key < otherKey) ? (date, key) : (otherDate, otherKey);
    }
}
