using Graph.Core.Vocabulary;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// One event of a one-event operation as a first-appearance recount walks it: its crime area, its
/// report's date (as the linker keeps them) and its participants in the order they were written. Its nodes in each view are
/// worked out once and kept until an actor's facts change (<see cref="Forget"/>); the rows it counts, at each ask (<see cref="Firsts"/>).
/// </summary>
internal sealed class LoneEvent(long id, string? when, string? area, List<(string Actor, bool Led, long Order)> participants)
{
    private static readonly Dictionary<string, NetworkView> Views = Projection.Views.ToDictionary(v => OperationTallies.Prefix + Projection.Name(v), StringComparer.Ordinal);

    private readonly string? _areaName = area?.ToLowerInvariant();
    private Dictionary<NetworkView, HashSet<string>>? _nodes;

    public long Id { get; } = id;

    /// <summary>The date the linker keeps for the event (<c>operation_events.date</c>, its report's date): it orders a month's walk and dates what the event counts.</summary>
    public string? When { get; } = when;

    /// <summary>Whether the event was found to have joined another: operations only grow in a session, so it never counts alone again.</summary>
    public bool Joined { get; set; }

    /// <summary>
    /// Whether the event may count a row: the row's crime area, and its ends among the event's nodes in the
    /// row's view (as ReportTallies maps them). Only then is the event counted in full, which decides.
    /// </summary>
    public bool MayCount((string Projection, string Area, string Period, string Source, string Target) row, Func<string, ActorFacts> facts)
    {
        var area = row.Area == TallyScope.All || row.Area == _areaName;
        return area && Views.TryGetValue(row.Projection, out var view) && IsNode(view, row.Source, facts) && (row.Target.Length == 0 || IsNode(view, row.Target, facts));
    }

    /// <summary>
    /// Every row the event counts as its operation's contribution, with the first appearance it gives it.
    /// Worked out anew at each call, not kept: an event counts some 400 rows, and keeping them for every
    /// event of the months an import walks held gigabytes (session 18: 6.6 KB an event at 515,000 reports).
    /// </summary>
    public Dictionary<(string, string, string, string, string), (string Date, long Key)> Firsts(Func<string, ActorFacts> facts)
    {
        IReadOnlyList<IReadOnlyList<TallyEvent>> alone = [[new TallyEvent(Id, area, [.. participants.Select(p => (p.Actor, p.Led))])]];
        var (nodes, edges) = OperationTallies.Of(When is null ? null : IsoDate.Parse(When), alone, a => facts(a));
        var firsts = new Dictionary<(string, string, string, string, string), (string Date, long Key)>();
        foreach (var (key, first) in nodes.Select(n => ((n.Projection, n.CrimeArea, n.Period, n.Node, ""), (n.FirstDate, n.FirstKey)))
            .Concat(edges.Select(e => ((e.Projection, e.CrimeArea, e.Period, e.Source, e.Target), (e.FirstDate, e.FirstKey)))))
        {
            firsts.TryAdd(key, first);
        }

        return firsts;
    }

    /// <summary>Drops what was worked out from the actors' facts.</summary>
    public void Forget()
    {
        _nodes = null;
    }

    // The event's nodes in a view, found once per view rather than once per row asked about.
    private bool IsNode(NetworkView view, string node, Func<string, ActorFacts> facts)
    {
        _nodes ??= [];
        if (!_nodes.TryGetValue(view, out var nodes))
        {
            _nodes[view] = nodes = new HashSet<string>(participants.Select(p => Projection.NodeOf(view, p.Actor, facts(p.Actor))).OfType<string>(), StringComparer.Ordinal);
        }

        return nodes.Contains(node);
    }
}

/// <summary>
/// A write session's copy of the events of one-event operations in the months its first-appearance
/// recounts walked, so a month is read once per transaction instead of once per recount (session 12:
/// the walk was nearly all of the recount and about two fifths of the linker).
/// </summary>
/// <remarks>
/// The SQLite store hands a committed transaction's copy to its next write when nothing else wrote in
/// between (<see cref="WriteMark"/>), so an import reads each month about once.
/// A month is read with the events that were of one-event operations then; an event of the transaction
/// added to a kept month is read when that month is next walked. An event kept here may have joined an
/// operation since, so the walk asks the database whether its operation still has one event before it
/// lets the event count (<see cref="RelationalReportStore"/>'s <c>LoneFirsts</c>): operations only grow
/// or merge while a session writes, and whatever deletes links or rolls back forgets every month.
/// </remarks>
internal sealed class LoneEventCache(int mostEvents)
{
    private readonly Dictionary<string, List<LoneEvent>> _months = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<long>> _added = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorFacts> _facts = new(StringComparer.Ordinal);

    /// <summary>The facts the actors of the kept events hold now.</summary>
    public ActorFacts Facts(string actor) => _facts[actor];

    /// <summary>The kept events of a month, in walking order, and the events added to it since it was read; null when not kept.</summary>
    public (List<LoneEvent> Events, List<long> Added)? Month(string period) =>
        _months.TryGetValue(period, out var events) ? (events, _added[period]) : null;

    /// <summary>Keeps a month's events as read (in walking order).</summary>
    public void Keep(string period, List<LoneEvent> events)
    {
        if (_months.Values.Sum(m => m.Count) + events.Count > mostEvents)
        {
            Clear();
        }

        _months[period] = events;
        _added[period] = [];
    }

    /// <summary>Puts an event read later into its place in a kept month (date, then event id).</summary>
    public void Insert(string period, LoneEvent added)
    {
        var events = _months[period];
        var at = events.FindIndex(e => string.CompareOrdinal(e.When, added.When) > 0 || (e.When == added.When && e.Id > added.Id));
        events.Insert(at < 0 ? events.Count : at, added);
    }

    /// <summary>Whether the facts of an actor are kept (noted when read, and kept current by <see cref="Written"/>).</summary>
    public bool Knows(string actor) => _facts.ContainsKey(actor);

    /// <summary>Notes the facts an actor of a read event holds, as read with it.</summary>
    public void Read(string actor, ActorFacts facts)
    {
        if (!_facts.TryAdd(actor, facts))
        {
            Written(actor, facts);
        }
    }

    /// <summary>An event the linker has just added: the kept month whose range holds its date reads it at its next walk.</summary>
    public void Added(long eventId, string? date)
    {
        if (date is null)
        {
            return;
        }

        foreach (var (period, added) in _added)
        {
            if (string.CompareOrdinal(date, period + "-01") >= 0 && string.CompareOrdinal(date, period + "-31") <= 0)
            {
                added.Add(eventId);
            }
        }
    }

    /// <summary>The facts an actor's row holds after this session wrote it; events counted with other facts count again.</summary>
    public void Written(string actor, ActorFacts facts)
    {
        if (_facts.TryGetValue(actor, out var known) && known != facts)
        {
            _facts[actor] = facts;
            foreach (var lone in _months.Values.SelectMany(m => m))
            {
                lone.Forget();
            }
        }
    }

    /// <summary>Forgets every month: links were deleted, or the transaction went back to a savepoint.</summary>
    public void Clear()
    {
        _months.Clear();
        _added.Clear();
        _facts.Clear();
    }
}
