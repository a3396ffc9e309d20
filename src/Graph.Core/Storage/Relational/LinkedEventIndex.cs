using Graph.Core.Operations;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// The rows of <c>operation_events</c> an end-of-import link compares each event with, held in memory so an
/// event's candidates cost no statement: the rows stored before the link, read once, and those the link adds,
/// indexed as the candidate queries look them up (by name block, by name key after a stem, by crime area and
/// day) and kept as the link changes them (an event joins, operations merge, a new one is made).
/// </summary>
/// <remarks>
/// Every answer is the one the queries of <see cref="RelationalReportStore"/> give on the same rows: the
/// <c>bound</c> smallest operation ids of each look-up; an operation's first date over all its events; as
/// its members, in event order, the events dated within the near-name window and the first event of each
/// name key (events without a name counting as one key). A stored event's name and participants are read
/// the first time it is a member, through <c>readStored</c>.
/// </remarks>
internal sealed class LinkedEventIndex(int bound, Func<IReadOnlyList<long>, Dictionary<long, (string? Name, HashSet<string> Participants)>> readStored)
{
    private readonly Dictionary<long, Linked> _events = [];
    private readonly Dictionary<long, Operation> _operations = [];
    private readonly Dictionary<string, OperationCounts> _blocks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OperationCounts> _keys = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _keyOrder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, OperationCounts>> _days = new(StringComparer.Ordinal);
    private readonly PriorityQueue<(OperationCounts Counts, int At), long> _merging = new();

    /// <summary>A row of <c>operation_events</c> as stored: its name, participants and link are read only if needed.</summary>
    public void AddStored(long eventId, long operation, long report, DateOnly? date, string? area, string? key, string? block) =>
        Add(new Linked(eventId, report, date, area, key, block) { Operation = operation });

    /// <summary>An event the link has just joined to <paramref name="operation"/> (or made it the first of), as its row will be written.</summary>
    public void AddLinked(EventFacts facts, long operation)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var area = facts.CrimeArea?.ToLowerInvariant();

        // As a member the event is read back with its row's crime area, folded to lower case.
        var member = area == facts.CrimeArea ? facts : new EventFacts(facts.EventId, facts.ReportId, facts.Name, area, facts.Date, facts.Participants);
        Add(new Linked(facts.EventId, facts.ReportId, facts.Date, area, facts.Key?.Key, facts.Key?.Block) { Operation = operation, Facts = member });
    }

    /// <summary>The operation that holds an event now, or null when the event is not linked.</summary>
    public long? OperationOf(long eventId) => _events.TryGetValue(eventId, out var linked) ? linked.Operation : null;

    /// <summary>Moves every event of <paramref name="from"/> into <paramref name="into"/>; <paramref name="from"/> is gone.</summary>
    public void Merge(long from, long into)
    {
        if (!_operations.Remove(from, out var gone))
        {
            return;
        }

        var target = OperationFor(into);
        foreach (var linked in gone.Events)
        {
            foreach (var counts in Buckets(linked))
            {
                counts.Remove(from);
                counts.Add(into);
            }

            linked.Operation = into;
            target.Add(linked);
        }
    }

    /// <summary>
    /// The operations an event could belong to, oldest first, each with its first date and the members that could
    /// match it, as <see cref="RelationalReportStore"/>'s candidate queries read them from the same rows.
    /// </summary>
    public List<(long Operation, DateOnly? First, List<EventFacts> Members)> Candidates(EventFacts facts, int nearDays, int unnamedDays)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var operations = new SortedSet<long>();
        if (facts.Key is { } key)
        {
            var bare = (key with { Serial = null }).Block;
            operations.UnionWith(Smallest(new[] { key.Block, bare }.Distinct(StringComparer.Ordinal).Select(b => _blocks.GetValueOrDefault(b))));
            if (key.Serial is null)
            {
                // The names whose key continues the stem after a space: a serial, or more words.
                var (low, high) = (key.Stem + " ", key.Stem + "!");
                operations.UnionWith(Smallest(_keyOrder.GetViewBetween(low, high).Where(k => k != low && k != high).Select(k => _keys[k])));
            }
        }

        if (facts.CrimeArea is { } area && facts.Date is { } date && _days.TryGetValue(area.ToLowerInvariant(), out var days))
        {
            var (from, to) = (date.AddDays(-unnamedDays).DayNumber, date.AddDays(unnamedDays).DayNumber);
            operations.UnionWith(Smallest(Enumerable.Range(from, to - from + 1).Select(d => days.GetValueOrDefault(d))));
        }

        var window = facts.Date is { } near ? (near.AddDays(-nearDays), near.AddDays(nearDays)) : ((DateOnly, DateOnly)?)null;
        var described = operations.Select(o => (Operation: o, Entry: _operations[o])).Select(o => (o.Operation, o.Entry.First,
            Members: o.Entry.Members(window))).ToList();
        ReadStored(described.SelectMany(d => d.Members));
        return [.. described.Select(d => (d.Operation, d.First, d.Members.Select(m => m.Facts!).ToList()))];
    }

    private void Add(Linked linked)
    {
        _events.Add(linked.Id, linked);
        OperationFor(linked.Operation).Add(linked);
        if (linked.Key is { } key && _keyOrder.Add(key))
        {
            _keys[key] = new OperationCounts();
        }

        foreach (var counts in Buckets(linked, adding: true))
        {
            counts.Add(linked.Operation);
        }
    }

    private Operation OperationFor(long id)
    {
        if (!_operations.TryGetValue(id, out var operation))
        {
            _operations[id] = operation = new Operation();
        }

        return operation;
    }

    // The look-up lists an event is counted in: its name block, its name key, its crime area's day.
    private IEnumerable<OperationCounts> Buckets(Linked linked, bool adding = false)
    {
        if (linked.Block is { } block)
        {
            if (!_blocks.TryGetValue(block, out var counts) && adding)
            {
                _blocks[block] = counts = new OperationCounts();
            }

            yield return counts!;
        }

        if (linked.Key is { } key)
        {
            yield return _keys[key];
        }

        if (linked.Area is { } area && linked.Date is { } date)
        {
            if (!_days.TryGetValue(area, out var days) && adding)
            {
                _days[area] = days = [];
            }

            if (!days!.TryGetValue(date.DayNumber, out var counts) && adding)
            {
                days[date.DayNumber] = counts = new OperationCounts();
            }

            yield return counts!;
        }
    }

    // The bound's smallest distinct operations over the lists given (absent ones skipped), merged in order.
    private List<long> Smallest(IEnumerable<OperationCounts?> lists)
    {
        _merging.Clear();
        foreach (var counts in lists)
        {
            if (counts is { Count: > 0 })
            {
                _merging.Enqueue((counts, 0), counts[0]);
            }
        }

        var smallest = new List<long>();
        while (smallest.Count < bound && _merging.TryDequeue(out var next, out var operation))
        {
            if (smallest.Count == 0 || smallest[^1] != operation)
            {
                smallest.Add(operation);
            }

            if (next.At + 1 < next.Counts.Count)
            {
                _merging.Enqueue((next.Counts, next.At + 1), next.Counts[next.At + 1]);
            }
        }

        return smallest;
    }

    // Reads, in one go, the name and participants of the stored events among the members that have not been read yet.
    private void ReadStored(IEnumerable<Linked> members)
    {
        var unread = members.Where(m => m.Facts is null).DistinctBy(m => m.Id).ToList();
        if (unread.Count == 0)
        {
            return;
        }

        var read = readStored([.. unread.Select(m => m.Id)]);
        foreach (var m in unread)
        {
            var (name, participants) = read.TryGetValue(m.Id, out var found) ? found : (null, new HashSet<string>(StringComparer.Ordinal));
            m.Facts = new EventFacts(m.Id, m.Report, name, m.Area, m.Date, participants);
        }
    }

    /// <summary>One linked event: its row's columns, the operation holding it now and, once needed, its facts as a member.</summary>
    private sealed class Linked(long id, long report, DateOnly? date, string? area, string? key, string? block)
    {
        public long Id { get; } = id;

        public long Report { get; } = report;

        public DateOnly? Date { get; } = date;

        public string? Area { get; } = area;

        public string? Key { get; } = key;

        public string? Block { get; } = block;

        public long Operation { get; set; }

        public EventFacts? Facts { get; set; }
    }

    /// <summary>
    /// An operation's events in event order, its first date, the first event of each of its name keys, and its dated
    /// events in date order, so the members near a date are found without walking an operation that has grown to
    /// thousands of events (a name used every few weeks for years chains them all into one).
    /// </summary>
    private sealed class Operation
    {
        private readonly Dictionary<string, Linked> _firstOfKey = new(StringComparer.Ordinal);
        private readonly List<Linked> _byDate = [];
        private Linked? _firstUnnamed;

        public List<Linked> Events { get; } = [];

        public DateOnly? First { get; private set; }

        public void Add(Linked linked)
        {
            var at = Events.Count == 0 || Events[^1].Id < linked.Id ? Events.Count : ~Events.BinarySearch(linked, ById.Instance);
            Events.Insert(at, linked);
            if (linked.Date is { } date)
            {
                First = First is null || date < First ? date : First;
                var dated = _byDate.Count == 0 || ByDate.Instance.Compare(_byDate[^1], linked) < 0 ? _byDate.Count : ~_byDate.BinarySearch(linked, ByDate.Instance);
                _byDate.Insert(dated, linked);
            }

            if (linked.Key is null)
            {
                _firstUnnamed = _firstUnnamed is { } first && first.Id < linked.Id ? first : linked;
            }
            else if (!_firstOfKey.TryGetValue(linked.Key, out var first) || linked.Id < first.Id)
            {
                _firstOfKey[linked.Key] = linked;
            }
        }

        /// <summary>The first event of each name key and the events dated within <paramref name="window"/>, once each, in event order.</summary>
        public List<Linked> Members((DateOnly From, DateOnly To)? window)
        {
            var members = new List<Linked>(_firstOfKey.Count + 1);
            members.AddRange(_firstOfKey.Values);
            if (_firstUnnamed is { } unnamed)
            {
                members.Add(unnamed);
            }

            if (window is var (from, to))
            {
                // The first dated on or after the window's start: a probe that sorts before every event of that day.
                var at = _byDate.BinarySearch(new Linked(long.MinValue, 0, from, null, null, null), ByDate.Instance);
                for (at = at < 0 ? ~at : at; at < _byDate.Count && _byDate[at].Date <= to; at++)
                {
                    members.Add(_byDate[at]);
                }
            }

            // A first of its key may also lie in the window: kept once.
            members.Sort(ById.Instance);
            var kept = 0;
            for (var i = 0; i < members.Count; i++)
            {
                if (kept == 0 || !ReferenceEquals(members[kept - 1], members[i]))
                {
                    members[kept++] = members[i];
                }
            }

            members.RemoveRange(kept, members.Count - kept);
            return members;
        }
    }

    private sealed class ByDate : IComparer<Linked>
    {
        public static ByDate Instance { get; } = new();

        public int Compare(Linked? x, Linked? y) => x!.Date!.Value.CompareTo(y!.Date!.Value) is var byDate and not 0 ? byDate : x.Id.CompareTo(y.Id);
    }

    private sealed class ById : IComparer<Linked>
    {
        public static ById Instance { get; } = new();

        public int Compare(Linked? x, Linked? y) => x!.Id.CompareTo(y!.Id);
    }

    /// <summary>How many of a look-up's events each operation holds, in operation order.</summary>
    private sealed class OperationCounts
    {
        private readonly List<long> _operations = [];
        private readonly List<int> _events = [];

        public int Count => _operations.Count;

        public long this[int at] => _operations[at];

        public void Add(long operation)
        {
            var at = _operations.Count > 0 && _operations[^1] < operation ? ~_operations.Count : _operations.BinarySearch(operation);
            if (at >= 0)
            {
                _events[at]++;
                return;
            }

            _operations.Insert(~at, operation);
            _events.Insert(~at, 1);
        }

        public void Remove(long operation)
        {
            var at = _operations.BinarySearch(operation);
            if (--_events[at] == 0)
            {
                _operations.RemoveAt(at);
                _events.RemoveAt(at);
            }
        }
    }
}
