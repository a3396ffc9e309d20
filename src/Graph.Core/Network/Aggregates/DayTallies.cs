using System.Globalization;
using System.Runtime.InteropServices;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Network.Aggregates;

/// <summary>
/// The tallies of some days' events for one view (or its <c>operations:</c> twin) and crime area, summed over the
/// days: the rows <see cref="AggregateNetworkBuilder.Recount(TallyMerge, IReadOnlyList{DayEvent}, Dictionary{string, Actor}, string, string)"/>
/// adds to an empty <see cref="TallyMerge"/>, counted straight into one sum a node and one a pair, keyed by integers.
/// A date range's cut days at a million reports are 10,000 reports: a tally object a row, a dictionary a report and
/// a key of strings a row cost a second of a cold picture; this counts them in a fraction of that.
/// Each report (or operation) is one unit, as <see cref="ReportTallies"/> counts it: a node or pair counts the unit once,
/// its events and led events each, Newman's share summed within the unit first and then added to the running sum, in
/// the same order as the merge adds them, so every sum is the same to the last bit.
/// </summary>
internal sealed class DayTallies
{
    private readonly NetworkView _view;
    private readonly string _name;
    private readonly string _area;
    private readonly bool _byOperation;
    private readonly Dictionary<string, Actor> _actors;
    private readonly Dictionary<string, int> _nodeOfActor = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nodeIds = new(StringComparer.Ordinal);
    private readonly List<string> _nodeNames = [];
    private readonly List<Sum> _nodes = [];
    private readonly Dictionary<long, int> _pairIds = new(PairKey.Comparer);
    private readonly List<Sum> _pairs = [];
    private readonly List<(int Source, int Target)> _pairEnds = [];
    private readonly Dictionary<DateOnly, string> _dates = [];
    private readonly List<(int Node, bool Led)> _members = [];
    private int _unit;
    private int _source;

    /// <summary>A count of the view named <paramref name="name"/> in the crime area <paramref name="area"/> (<see cref="TallyScope.All"/>: every area).</summary>
    public DayTallies(string name, string area, Dictionary<string, Actor> actors)
    {
        (_name, _area, _actors) = (name, area, actors);
        _byOperation = name.StartsWith(OperationTallies.Prefix, StringComparison.Ordinal);
        _view = TallyFocus.Of(name, area).View;
    }

    /// <summary>Adds the tallies of <paramref name="events"/> (the events of some days, in id order).</summary>
    /// <remarks>A group keeps its events in the order given, so each report's and operation's come in id order without a sort.</remarks>
    public void Add(IReadOnlyList<DayEvent> events)
    {
        if (!_byOperation)
        {
            foreach (var report in events.GroupBy(e => e.ReportId))
            {
                CountUnit(report.First().Date, report);
            }

            return;
        }

        // Each operation once, dated by its earliest event among these days. A row's sources are the operation's reports
        // that name it: one when the operation has one report (most do), else counted report by report.
        foreach (var operation in events.GroupBy(e => e.OperationId ?? -e.ReportId))
        {
            var reports = operation.GroupBy(e => e.ReportId).ToList();
            CountUnit(operation.Min(e => e.Date), operation, reports.Count == 1);
            if (reports.Count > 1)
            {
                reports.ForEach(CountSources);
            }
        }
    }

    /// <summary>The sums as one period's rows, nodes and pairs in the order first counted.</summary>
    public TallySet ToSet(string period)
    {
        var nodes = new List<NodeTally>(_nodes.Count);
        for (var n = 0; n < _nodes.Count; n++)
        {
            var s = _nodes[n];
            nodes.Add(new NodeTally(_name, period, _area, _nodeNames[n], s.Units, s.Events, s.FirstDate!, s.FirstKey, s.Sources));
        }

        var edges = new List<EdgeTally>(_pairs.Count);
        for (var p = 0; p < _pairs.Count; p++)
        {
            var s = _pairs[p];
            var (source, target) = _pairEnds[p];
            edges.Add(new EdgeTally(_name, period, _area, _nodeNames[source], _nodeNames[target], s.Units, s.Events, s.Led, s.Newman + s.UnitNewman,
                s.FirstDate!, s.FirstKey, s.Sources));
        }

        return new TallySet(nodes, edges);
    }

    private void CountUnit(DateOnly? date, IEnumerable<DayEvent> events, bool oneSource = false)
    {
        _unit++;
        var firstDate = Date(date);
        foreach (var e in events)
        {
            if (!Members(e))
            {
                continue;
            }

            var share = 1.0 / (_members.Count - 1);
            for (var i = 0; i < _members.Count; i++)
            {
                var (a, aLed) = _members[i];
                Touch(ref CollectionsMarshal.AsSpan(_nodes)[a], firstDate, ReportTallies.Key(e.Id, i, 0), oneSource);
                for (var j = i + 1; j < _members.Count; j++)
                {
                    var (b, bLed) = _members[j];
                    // The pair found (perhaps added) before its list is spanned: adding may move the list's items.
                    var p = Pair(a, b);
                    ref var pair = ref CollectionsMarshal.AsSpan(_pairs)[p];
                    Touch(ref pair, firstDate, ReportTallies.Key(e.Id, i, j), oneSource);
                    pair.Led += aLed || bLed ? 1 : 0;
                    pair.UnitNewman += _byOperation ? 0 : share;
                }
            }
        }
    }

    // The unit's first touch of a node or pair counts the unit and may make its first appearance earlier (as the merge
    // keeps the earliest date, then key); a new unit first adds the last one's Newman share to the running sum.
    private void Touch(ref Sum sum, string firstDate, long key, bool oneSource)
    {
        if (sum.Unit != _unit)
        {
            var earlier = sum.FirstDate is null || string.CompareOrdinal(firstDate, sum.FirstDate) is var order && (order < 0 || (order == 0 && key < sum.FirstKey));
            if (earlier)
            {
                (sum.FirstDate, sum.FirstKey) = (firstDate, key);
            }

            (sum.Unit, sum.Units, sum.Newman, sum.UnitNewman) = (_unit, sum.Units + 1, sum.Newman + sum.UnitNewman, 0);
            sum.Sources += oneSource ? 1 : 0;
        }

        sum.Events++;
    }

    // One report of an operation told by several: each node and pair it names gains a source.
    private void CountSources(IEnumerable<DayEvent> report)
    {
        _source++;
        foreach (var e in report)
        {
            if (!Members(e))
            {
                continue;
            }

            for (var i = 0; i < _members.Count; i++)
            {
                Source(ref CollectionsMarshal.AsSpan(_nodes)[_members[i].Node]);
                for (var j = i + 1; j < _members.Count; j++)
                {
                    var p = Pair(_members[i].Node, _members[j].Node);
                    Source(ref CollectionsMarshal.AsSpan(_pairs)[p]);
                }
            }
        }
    }

    private void Source(ref Sum sum)
    {
        if (sum.Source != _source)
        {
            (sum.Source, sum.Sources) = (_source, sum.Sources + 1);
        }
    }

    // The event's distinct nodes in participation order, each led when any of its actors led; false for an event of
    // another crime area than the one counted.
    private bool Members(DayEvent e)
    {
        _members.Clear();
        if (_area != TallyScope.All && e.CrimeArea?.ToLowerInvariant() != _area)
        {
            return false;
        }

        foreach (var (actorId, led) in e.Participants)
        {
            var node = NodeOf(actorId);
            if (node < 0)
            {
                continue;
            }

            var at = _members.FindIndex(m => m.Node == node);
            if (at < 0)
            {
                _members.Add((node, led));
            }
            else if (led)
            {
                _members[at] = (node, true);
            }
        }

        return true;
    }

    private int NodeOf(string actorId)
    {
        ref var node = ref CollectionsMarshal.GetValueRefOrAddDefault(_nodeOfActor, actorId, out var known);
        if (!known)
        {
            node = _actors.TryGetValue(actorId, out var a) && Projection.NodeOf(_view, actorId, new ActorFacts(a.Kind, a.CountryCode, a.Name)) is { } name
                ? NodeId(name)
                : -1;
        }

        return node;
    }

    private int NodeId(string name)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_nodeIds, name, out var known);
        if (!known)
        {
            id = _nodeNames.Count;
            _nodeNames.Add(name);
            _nodes.Add(default);
        }

        return id;
    }

    // A pair's sum, its ends in ordinal order of their names as the tallies keep them.
    private int Pair(int a, int b)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_pairIds, PairKey.Unordered(a, b), out var known);
        if (!known)
        {
            id = _pairs.Count;
            _pairs.Add(default);
            _pairEnds.Add(string.CompareOrdinal(_nodeNames[a], _nodeNames[b]) < 0 ? (a, b) : (b, a));
        }

        return id;
    }

    private string Date(DateOnly? date)
    {
        if (date is not { } day)
        {
            return ReportTallies.Undated;
        }

        ref var text = ref CollectionsMarshal.GetValueRefOrAddDefault(_dates, day, out var made);
        if (!made)
        {
            text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return text!;
    }

    /// <summary>One node's or pair's sums; <see cref="UnitNewman"/> is the current unit's share, not yet in <see cref="Newman"/>.</summary>
    private struct Sum
    {
        public int Unit;
        public int Source;
        public int Units;
        public int Events;
        public int Led;
        public int Sources;
        public double Newman;
        public double UnitNewman;
        public string? FirstDate;
        public long FirstKey;
    }
}
