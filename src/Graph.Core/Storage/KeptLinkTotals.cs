namespace Graph.Core.Storage;

/// <summary>
/// Every node's edge totals of one all-time tally scope, kept between reads together with each edge's
/// weights, so that after new reports the store re-reads only the edges those reports could have
/// changed and corrects the totals by the difference, instead of summing every edge of the view again.
/// A store fills it (<see cref="IPictureTallies.ReadPictureTallies"/>); one instance serves one scope
/// and is brought up to date by one reader at a time.
/// </summary>
public sealed class KeptLinkTotals
{
    private long[] _keys = [];
    private int[] _reports = [];
    private double[] _newman = [];
    private readonly Dictionary<long, (int Reports, double Newman)> _added = new(PairKey.Comparer);
    private readonly Dictionary<long, Sums> _nodes = [];
    private readonly Dictionary<long, string> _names = [];

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

    /// <summary>The edges held (including those the last refreshes added).</summary>
    public int EdgeCount { get; private set; }

    /// <summary>How the last read brought the totals up to date: <c>full</c>, <c>changes</c> or <c>unchanged</c>, with the edges it re-read.</summary>
    public string LastRefresh { get; private set; } = "none";

    /// <summary>The store state the last correction started from, and the pairs of tally name ids it read again.</summary>
    internal (StoreMark From, HashSet<(long Source, long Target)> Pairs)? LastChange { get; private set; }

    /// <summary>The edge rows among the nodes the last picture kept, at the mark they were read.</summary>
    internal (StoreMark Mark, HashSet<string> Chosen, IReadOnlyList<EdgeTally> Rows)? Among { get; set; }

    /// <summary>Each node's totals, for the nodes with at least one edge.</summary>
    public IReadOnlyList<NodeLinkTotals> Links() =>
        [.. _nodes.Where(n => n.Value.Degree > 0).Select(n => new NodeLinkTotals(_names[n.Key], n.Value.Reports, n.Value.Newman, n.Value.Degree))];

    /// <summary>Replaces everything with a full read: node names by id and the edges in ascending (source, target) id order.</summary>
    internal void Load(StoreMark mark, IReadOnlyDictionary<long, string> names, IEnumerable<(long Source, long Target, int Reports, double Newman)> edges)
    {
        var (keys, reports, newman) = (new List<long>(), new List<int>(), new List<double>());
        _added.Clear();
        _nodes.Clear();
        _names.Clear();
        foreach (var (id, name) in names)
        {
            _names[id] = name;
        }

        foreach (var (source, target, r, n) in edges)
        {
            var key = Key(source, target);
            if (keys.Count > 0 && key <= keys[^1])
            {
                throw new InvalidOperationException("Edge tallies must arrive in ascending (source, target) order.");
            }

            keys.Add(key);
            reports.Add(r);
            newman.Add(n);
            Change(source, r, n, 1);
            Change(target, r, n, 1);
        }

        (_keys, _reports, _newman) = ([.. keys], [.. reports], [.. newman]);
        EdgeCount = _keys.Length;
        (Mark, LastChange, Among) = (mark, null, null);
        LastRefresh = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"full ({EdgeCount:N0} edges)");
    }

    /// <summary>
    /// Applies the current rows of the edges that may have changed since <see cref="Mark"/>: every
    /// edge in <paramref name="touched"/> missing from <paramref name="current"/> no longer exists.
    /// </summary>
    internal void Apply(StoreMark mark, IReadOnlyDictionary<long, string> names, IEnumerable<(long Source, long Target)> touched,
        IReadOnlyDictionary<(long Source, long Target), (int Reports, double Newman)> current)
    {
        foreach (var (id, name) in names)
        {
            _names[id] = name;
        }

        var pairs = touched.ToHashSet();
        foreach (var (source, target) in pairs)
        {
            var key = Key(source, target);
            var was = Find(key);
            var now = current.TryGetValue((source, target), out var row) ? row : ((int, double)?)null;
            if (was is { } old)
            {
                Change(source, -old.Reports, -old.Newman, -1);
                Change(target, -old.Reports, -old.Newman, -1);
                EdgeCount--;
            }

            if (now is { } fresh)
            {
                Change(source, fresh.Item1, fresh.Item2, 1);
                Change(target, fresh.Item1, fresh.Item2, 1);
                EdgeCount++;
            }

            Store(key, now);
        }

        (LastChange, Mark) = (Mark is { } from ? (from, pairs) : null, mark);
        LastRefresh = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"changes ({pairs.Count:N0} edges re-read)");
    }

    /// <summary>Records that nothing changed in the scope since the last read.</summary>
    internal void Confirm(StoreMark mark)
    {
        Mark = mark;
        LastRefresh = "unchanged";
    }

    /// <summary>The name of a node id this instance knows, or null.</summary>
    internal string? NameOf(long id) => _names.GetValueOrDefault(id);

    private (int Reports, double Newman)? Find(long key)
    {
        var at = Array.BinarySearch(_keys, key);
        if (at >= 0)
        {
            return _reports[at] < 0 ? null : (_reports[at], _newman[at]);
        }

        return _added.TryGetValue(key, out var added) ? added : null;
    }

    // An edge gone is kept as a negative count where it was read in bulk, and dropped from the additions.
    private void Store(long key, (int Reports, double Newman)? row)
    {
        var at = Array.BinarySearch(_keys, key);
        if (at >= 0)
        {
            (_reports[at], _newman[at]) = row ?? (-1, 0);
        }
        else if (row is { } kept)
        {
            _added[key] = kept;
        }
        else
        {
            _added.Remove(key);
        }
    }

    private void Change(long node, int reports, double newman, int degree)
    {
        if (!_nodes.TryGetValue(node, out var sums))
        {
            _nodes[node] = sums = new Sums();
        }

        sums.Reports += reports;
        sums.Newman += newman;
        sums.Degree += degree;
    }

    private static long Key(long source, long target) =>
        source is >= 0 and <= int.MaxValue && target is >= 0 and <= int.MaxValue
            ? (source << 32) | target
            : throw new InvalidOperationException($"Tally name ids {source} and {target} do not fit the kept totals' keys.");

    private sealed class Sums
    {
        public long Reports { get; set; }

        public double Newman { get; set; }

        public int Degree { get; set; }
    }
}
