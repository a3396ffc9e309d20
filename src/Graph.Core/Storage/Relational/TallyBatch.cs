namespace Graph.Core.Storage.Relational;

/// <summary>
/// The view tallies of a batch of reports summed in memory, so each distinct row is upserted once per
/// batch rather than once per report. A report's rows are staged while it is written and kept only when
/// its savepoint is released, so a report the store refuses adds nothing. The <c>operations:</c> rows are
/// not buffered: the linker reads them back while the batch is written.
/// </summary>
internal sealed class TallyBatch
{
    private readonly Dictionary<(string, string, string, string), NodeTally> _nodes = [];
    private readonly Dictionary<(string, string, string, string, string), EdgeTally> _edges = [];
    private (List<NodeTally> Nodes, List<EdgeTally> Edges)? _staged;

    /// <summary>Holds the rows of the report being written until <see cref="Keep"/> or <see cref="Drop"/>.</summary>
    public void Stage(List<NodeTally> nodes, List<EdgeTally> edges) => _staged = (nodes, edges);

    /// <summary>Adds the staged report's rows to the batch's sums.</summary>
    public void Keep()
    {
        if (_staged is not var (nodes, edges))
        {
            return;
        }

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

        _staged = null;
    }

    /// <summary>Forgets the staged report's rows (its savepoint was rolled back).</summary>
    public void Drop() => _staged = null;

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
