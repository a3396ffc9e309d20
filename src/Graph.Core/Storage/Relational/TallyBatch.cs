using System.Runtime.InteropServices;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// The view tallies of a batch of reports summed in memory, so each distinct row is upserted once per
/// batch rather than once per report. A report's rows are staged while it is written and kept only when
/// its savepoint is released, so a report the store refuses adds nothing. The <c>operations:</c> rows of a
/// new operation of one event are staged too; before the linker takes an operation's rows back (a merge
/// or relink retracts it) it writes out, with <see cref="Flush"/>, the batch's rows of those keys only.
/// </summary>
/// <remarks>
/// The sums are keyed by numbers: every name a row holds (view, crime area, period, ends) is given a number the
/// first time the batch meets it, and a report's rows are added in place to sums under keys of those numbers. The
/// names of one report's rows are mostly the same few strings, so each is looked up by its reference first and by
/// its letters only once a report. Rows are added in the order they arrive, so each <c>newman</c> sum is made by the
/// same additions as before.
/// </remarks>
internal sealed class TallyBatch
{
    // The batch's names, numbered in the order first met; the number of each name, by its letters and, for the
    // report being summed, by its reference.
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _seen = new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<NodeKey, Sums> _nodes = [];
    private readonly Dictionary<EdgeKey, Sums> _edges = [];
    private (List<NodeTally> Nodes, List<EdgeTally> Edges)? _staged;
    private readonly List<(List<(NodeKey, Sums)> Nodes, List<(EdgeKey, Sums)> Edges)> _flushed = [];

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

        var (takenNodes, takenEdges) = Held(keys);
        takenNodes.ForEach(n => _nodes.Remove(n.Key));
        takenEdges.ForEach(e => _edges.Remove(e.Key));
        return ([.. takenNodes.Select(n => Node(n.Key, n.Sums))], [.. takenEdges.Select(e => Edge(e.Key, e.Sums))]);
    }

    // The batch's sums of the keys asked for, found by key rather than by scanning the batch.
    private (List<(NodeKey Key, Sums Sums)> Nodes, List<(EdgeKey Key, Sums Sums)> Edges) Held(IReadOnlySet<(string, string, string, string, string)> keys)
    {
        var nodes = new List<(NodeKey, Sums)>();
        var edges = new List<(EdgeKey, Sums)>();
        foreach (var (projection, area, period, source, target) in keys)
        {
            if (!(Known(projection, out var p) && Known(area, out var a) && Known(period, out var m) && Known(source, out var s)))
            {
                continue;
            }

            if (target.Length == 0)
            {
                var node = new NodeKey(p, a, m, s);
                if (_nodes.TryGetValue(node, out var sums))
                {
                    nodes.Add((node, sums));
                }
            }
            else if (Known(target, out var t) && _edges.TryGetValue(new EdgeKey(p, a, m, s, t), out var sums))
            {
                edges.Add((new EdgeKey(p, a, m, s, t), sums));
            }
        }

        return (nodes, edges);
    }

    private bool Known(string name, out int number) => _numbers.TryGetValue(name, out number);

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
            nodes.ForEach(n => Add(_nodes, n.Item1, n.Item2));
            edges.ForEach(e => Add(_edges, e.Item1, e.Item2));
        }

        _flushed.Clear();
    }

    private void Sum(List<NodeTally> nodes, List<EdgeTally> edges)
    {
        _seen.Clear();
        foreach (var n in nodes)
        {
            Add(_nodes, new NodeKey(Number(n.Projection, ref _lastView), Number(n.CrimeArea, ref _lastArea), Number(n.Period, ref _lastPeriod), Number(n.Node)),
                new Sums(n.Reports, n.Events, 0, 0, DateCode(n.FirstDate), n.FirstKey, n.Sources));
        }

        foreach (var e in edges)
        {
            Add(_edges, new EdgeKey(Number(e.Projection, ref _lastView), Number(e.CrimeArea, ref _lastArea), Number(e.Period, ref _lastPeriod), Number(e.Source),
                    Number(e.Target)),
                new Sums(e.Reports, e.Events, e.Led, e.Newman, DateCode(e.FirstDate), e.FirstKey, e.Sources));
        }
    }

    // The last view, crime area and period string numbered and their numbers: a report's rows come a view at a time, in runs
    // of one area and period, so most rows find their first three names here without a look-up. Forgotten with the names.
    private (string? Name, int Number) _lastView;
    private (string? Name, int Number) _lastArea;
    private (string? Name, int Number) _lastPeriod;

    private int Number(string name, ref (string? Name, int Number) last)
    {
        if (!ReferenceEquals(name, last.Name))
        {
            last = (name, Number(name));
        }

        return last.Number;
    }

    // The last date coded and its code: a report's rows, and an operation's, share one first-date string.
    private (string? Date, int Code) _lastDate;

    // A row's first date as the day number the table stores (TallyCodes.Date), which orders dates as their text does.
    private int DateCode(string date)
    {
        if (!ReferenceEquals(date, _lastDate.Date))
        {
            _lastDate = (date, TallyCodes.Date(date));
        }

        return _lastDate.Code;
    }

    // The batch's number for a name: by reference when this report has met the same string, else by its letters.
    private int Number(string name)
    {
        if (_seen.TryGetValue(name, out var number))
        {
            return number;
        }

        if (!_numbers.TryGetValue(name, out number))
        {
            number = _names.Count;
            _names.Add(name);
            _numbers[name] = number;
        }

        _seen[name] = number;
        return number;
    }

    // The row added to the sum under its key: the held sum first, then the row, as the stored sums are made.
    private static void Add<TKey>(Dictionary<TKey, Sums> sums, TKey key, Sums row)
        where TKey : notnull
    {
        ref var held = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, key, out var exists);
        if (!exists)
        {
            held = row;
            return;
        }

        var (date, first) = row.FirstDate < held.FirstDate || (row.FirstDate == held.FirstDate && row.FirstKey < held.FirstKey)
            ? (row.FirstDate, row.FirstKey) : (held.FirstDate, held.FirstKey);
        held = new Sums(held.Reports + row.Reports, held.Events + row.Events, held.Led + row.Led, held.Newman + row.Newman, date, first,
            held.Sources + row.Sources);
    }

    /// <summary>Adds rows to the batch's sums at once, with no report staged (the end-of-import link's).</summary>
    public void Add(List<NodeTally> nodes, List<EdgeTally> edges)
    {
        Keep();
        Sum(nodes, edges);
    }

    /// <summary>The names the summed rows' keys hold as views, crime areas and ends (periods are codes, not names).</summary>
    public List<string> KeyNames()
    {
        Keep();
        var used = new bool[_names.Count];
        foreach (var k in _nodes.Keys)
        {
            (used[k.Projection], used[k.Area], used[k.Node]) = (true, true, true);
        }

        foreach (var k in _edges.Keys)
        {
            (used[k.Projection], used[k.Area], used[k.Source], used[k.Target]) = (true, true, true, true);
        }

        return [.. _names.Where((_, number) => used[number])];
    }

    /// <summary>How many summed rows the batch holds.</summary>
    public int Count => _nodes.Count + _edges.Count;

    /// <summary>The summed rows, emptied from the batch.</summary>
    public (List<NodeTally> Nodes, List<EdgeTally> Edges) Take()
    {
        Keep();
        var taken = (_nodes.Select(n => Node(n.Key, n.Value)).ToList(), _edges.Select(e => Edge(e.Key, e.Value)).ToList());
        Clear();
        return taken;
    }

    /// <summary>
    /// The summed rows as stored, each table's in key order, emptied from the batch: the rows and order <see cref="Take"/>
    /// gives once sorted for writing (nodes by view, crime area, period, node; edges as <see cref="EdgeKeyOrder"/> has
    /// them). <paramref name="nameId"/> is asked for a name's id the first time a row meets it, node rows first, in row
    /// and column order, so names new to the store get the ids they always had. Null, with the batch left as it was,
    /// when a name holds <c>|</c>: such a batch is ordered by <see cref="EdgeKeyOrder"/>'s joined strings.
    /// </summary>
    public (NodeTallyRow[] Nodes, EdgeTallyRow[] Edges)? TakeRows(Func<string, int> nameId)
    {
        Keep();
        var bits = Math.Max(1, 32 - int.LeadingZeroCount(_names.Count));
        if (bits > MostBits || _names.Exists(n => n.Contains('|', StringComparison.Ordinal)))
        {
            return null;
        }

        // Each name's place among the batch's names, ordinally and as the start of a joined "source|target".
        var ordinal = Places(string.CompareOrdinal);
        var joined = Places((a, b) => EdgeKeyOrder.CompareJoined(a, "", b, ""));
        var ids = new int[_names.Count];
        var codes = new int[_names.Count];
        Array.Fill(ids, NotYet);
        Array.Fill(codes, NotYet);
        int Id(int number) => ids[number] is var known and not NotYet ? known : ids[number] = nameId(_names[number]);
        int Code(int number) => codes[number] is var known and not NotYet ? known : codes[number] = TallyCodes.Period(_names[number]);

        // Each sum is read where the dictionary holds it, in its order, and the sort moves a place in that order with each
        // packed key, not the key: no sum is looked up again by its key (a million of them at the end of an import). The
        // copies and the sort's arrays are the batch's own, kept from one write to the next.
        var count = Entries(_nodes, ref _nodeKeys, ref _nodeSums);
        var at = SortedPlaces(count, i =>
        {
            var k = _nodeKeys[i];
            return Packed(bits, ordinal[k.Projection], ordinal[k.Area], ordinal[k.Period], ordinal[k.Node]);
        });
        var nodes = new NodeTallyRow[count];
        for (var r = 0; r < count; r++)
        {
            var (k, s) = (_nodeKeys[at[r]], _nodeSums[at[r]]);
            nodes[r] = new NodeTallyRow(Id(k.Projection), Id(k.Area), Code(k.Period), Id(k.Node), s.Reports, s.Events, s.FirstDate, s.FirstKey, s.Sources);
        }

        count = Entries(_edges, ref _edgeKeys, ref _edgeSums);
        at = SortedPlaces(count, i =>
        {
            var k = _edgeKeys[i];
            return Packed(bits, ordinal[k.Projection], ordinal[k.Area], ordinal[k.Period], joined[k.Source], ordinal[k.Target]);
        });
        var edges = new EdgeTallyRow[count];
        for (var r = 0; r < count; r++)
        {
            var (k, s) = (_edgeKeys[at[r]], _edgeSums[at[r]]);
            edges[r] = new EdgeTallyRow(Id(k.Projection), Id(k.Area), Code(k.Period), Id(k.Source), Id(k.Target), s.Reports, s.Events, s.Led, s.Newman,
                s.FirstDate, s.FirstKey, s.Sources);
        }

        Clear();
        return (nodes, edges);
    }

    // What TakeRows copies and sorts in, grown to the largest batch and kept.
    private NodeKey[] _nodeKeys = [];
    private EdgeKey[] _edgeKeys = [];
    private Sums[] _nodeSums = [];
    private Sums[] _edgeSums = [];
    private UInt128[] _order = [];
    private int[] _places = [];

    // A dictionary's keys and sums copied into the buffers, each in its enumeration order; returns how many.
    private static int Entries<TKey>(Dictionary<TKey, Sums> sums, ref TKey[] keys, ref Sums[] values)
        where TKey : notnull
    {
        if (keys.Length < sums.Count)
        {
            (keys, values) = (new TKey[sums.Count], new Sums[sums.Count]);
        }

        var i = 0;
        foreach (var (key, value) in sums)
        {
            (keys[i], values[i]) = (key, value);
            i++;
        }

        return i;
    }

    // The first count places sorted by the packed keys of the entries there (every key packs to a number of its own, so
    // the order is the keys' whatever the sort); the array is the batch's, valid until the next call.
    private int[] SortedPlaces(int count, Func<int, UInt128> packed)
    {
        if (_order.Length < count)
        {
            (_order, _places) = (new UInt128[count], new int[count]);
        }

        for (var i = 0; i < count; i++)
        {
            (_order[i], _places[i]) = (packed(i), i);
        }

        Array.Sort(_order, _places, 0, count);
        return _places;
    }

    // No id or code asked for yet (the all-time period's code is -1).
    private const int NotYet = int.MinValue;

    // For each name's number, its place among the batch's names in the given order.
    private int[] Places(Comparison<string> order)
    {
        var byName = Enumerable.Range(0, _names.Count).ToArray();
        Array.Sort(byName, (x, y) => order(_names[x], _names[y]));
        var places = new int[byName.Length];
        for (var i = 0; i < byName.Length; i++)
        {
            places[byName[i]] = i;
        }

        return places;
    }

    // Five columns' places fit one 128-bit number while a batch holds fewer than 2^25 names.
    private const int MostBits = 25;

    // Places of a key's columns, first column highest, in one number that sorts as the key.
    private static UInt128 Packed(int bits, params ReadOnlySpan<int> places)
    {
        UInt128 packed = 0;
        foreach (var place in places)
        {
            packed = (packed << bits) | (uint)place;
        }

        return packed;
    }

    private void Clear()
    {
        _nodes.Clear();
        _edges.Clear();
        _names.Clear();
        _numbers.Clear();
        _seen.Clear();
        (_lastView, _lastArea, _lastPeriod) = (default, default, default);
    }

    /// <summary>Empties the batch, staged and flushed rows included, for another write; its dictionaries keep their room.</summary>
    public void Reset()
    {
        Clear();
        _staged = null;
        _flushed.Clear();
        _lastDate = default;
    }

    private NodeTally Node(NodeKey k, Sums s) =>
        new(_names[k.Projection], _names[k.Period], _names[k.Area], _names[k.Node], s.Reports, s.Events, TallyCodes.DateText(s.FirstDate), s.FirstKey, s.Sources);

    private EdgeTally Edge(EdgeKey k, Sums s) =>
        new(_names[k.Projection], _names[k.Period], _names[k.Area], _names[k.Source], _names[k.Target], s.Reports, s.Events, s.Led, s.Newman,
            TallyCodes.DateText(s.FirstDate), s.FirstKey, s.Sources);

    // Keys by the batch's numbers of their names.
    private readonly record struct NodeKey(int Projection, int Area, int Period, int Node);

    private readonly record struct EdgeKey(int Projection, int Area, int Period, int Source, int Target);

    // What a row counts (a node's led and newman stay 0); its first date as its stored day number. No reference: the collector
    // need not scan a batch's sums, and a sum written in place needs no write barrier.
    private readonly record struct Sums(int Reports, int Events, int Led, double Newman, int FirstDate, long FirstKey, int Sources);
}
