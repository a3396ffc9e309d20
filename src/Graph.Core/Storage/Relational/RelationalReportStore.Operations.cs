using System.Data.Common;
using Graph.Core.Operations;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// The operation linker's storage: each event saved is compared, by <see cref="OperationMatcher"/>, with
/// the operations it could belong to (found by name block, or by crime area and date window), joined to
/// the one it matches (operations it matches together are merged) or made the first of a new one, and
/// the operation's tallies are taken back and counted again, all in the report's transaction.
/// </summary>
public abstract partial class RelationalReportStore
{
    /// <summary>
    /// The curators' link decisions the linker obeys when it links an event; null (the default) reads
    /// them from the link and unlink edits in the store's own edit log. After changing them,
    /// <see cref="RelinkOperations"/> applies them to the events already stored.
    /// </summary>
    public IOperationLinkOverrides? LinkOverrides { get; set; }

    /// <summary>
    /// When true the linker takes back every operation an event joins and counts it again, never growing
    /// it in place. Tests relink under it to get the tallies that growing in place must equal.
    /// </summary>
    internal bool CountsEveryJoin { get; set; }

    /// <summary>
    /// When true a batch's edge rows are written with the link-total triggers on, as every other write is, rather
    /// than with <c>link_totals</c> worked out in memory. Tests write under it to get the totals the batch must equal to the bit.
    /// </summary>
    internal bool KeepsLinkTotalsByTriggers { get; set; }

    /// <summary>
    /// Forgets every operation and links all stored events again, in the order they were stored, under
    /// the current <see cref="LinkOverrides"/>; the tallies counted by operation are rebuilt with them.
    /// </summary>
    public void RelinkOperations() => Write(session =>
    {
        UnlinkAll(session);
        LinkAll(session);
        return true;
    }, _ => true);

    /// <summary>Links every event that has no operation yet, oldest first: how a database from before operations gets them.</summary>
    private protected void LinkUnlinked(DbConnection connection, DbTransaction transaction)
    {
        using var session = Session(connection, transaction);
        LinkAll(session);
    }

    private static void UnlinkAll(WriteSession session)
    {
        var twins = $"(SELECT id FROM tally_names WHERE name LIKE '{Network.Aggregates.OperationTallies.Prefix}%')";
        session.Execute($"DELETE FROM node_tallies WHERE projection IN {twins}");
        session.Execute($"DELETE FROM edge_tallies WHERE projection IN {twins}");
        session.Execute("DELETE FROM operation_tallies");
        session.Execute("DELETE FROM operation_events");
        session.LoneEvents.Clear();
        session.Execute("DELETE FROM operations");
    }

    private static void LinkAll(WriteSession session)
    {
        var (events, participants) = UnlinkedEvents(session);
        foreach (var report in events.GroupBy(e => e.Report))
        {
            var date = report.First().Date is { } text ? IsoDate.Parse(text) : (DateOnly?)null;
            LinkOperations(session, report.Select(e =>
                new EventFacts(e.Id, e.Report, e.Name, e.Area, date, participants[e.Id].Select(p => p.Actor).ToHashSet(StringComparer.Ordinal))));
        }
    }

    /// <summary>Every event no operation holds yet, oldest first, with its participants in the order they were stored.</summary>
    private static (List<(long Id, long Report, string? Name, string? Area, string? Date)> Events, ILookup<long, (string Actor, bool Led)> Participants)
        UnlinkedEvents(WriteSession session)
    {
        var events = session.Read("""
            SELECT e.id, e.report_id, e.name, e.crime_area, r.date FROM events e JOIN reports r ON r.id = e.report_id
            WHERE NOT EXISTS (SELECT 1 FROM operation_events oe WHERE oe.event_id = e.id) ORDER BY e.id
            """, r => (Id: Sql.Long(r, 0), Report: Sql.Long(r, 1), Name: Sql.Text(r, 2), Area: Sql.Text(r, 3), Date: Sql.Text(r, 4)));
        var participants = session.Read($"""
            SELECT p.event_id, p.actor_id, p.role FROM participations p
            WHERE NOT EXISTS (SELECT 1 FROM operation_events oe WHERE oe.event_id = p.event_id) ORDER BY p.event_id, p.{session.RowOrder}
            """, r => (Event: Sql.Long(r, 0), Actor: r.GetString(1), Led: r.GetString(2) == "lead")).ToLookup(p => p.Event, p => (p.Actor, p.Led));
        return (events, participants);
    }

    /// <summary>
    /// Links each event of a newly stored report to its operation. With <paramref name="saved"/> (the
    /// events as the report's write just stored them, and its actors), an event that starts an operation
    /// of its own has its tallies counted from them rather than read back.
    /// </summary>
    private static void LinkOperations(WriteSession session, IEnumerable<EventFacts> events, SavedEvents? saved = null)
    {
        foreach (var facts in events)
        {
            LinkEvent(session, facts, saved);
        }
    }

    private static void LinkEvent(WriteSession session, EventFacts facts, SavedEvents? saved)
    {
        var matches = Matches(session, facts);
        if (matches.Count == 0 && saved is not null && saved.Events.TryGetValue(facts.EventId, out var stored))
        {
            StartOperation(session, facts, stored, saved.Actors);
            return;
        }

        var target = matches.Count == 0 ? NewOperation(session) : matches.Min(m => m.Operation);
        var joined = matches.Select(m => m.Operation).Distinct().ToList();

        // Joining one operation adds only what the event brings; a merge takes both back and counts them again.
        // An operation of one event keeps no copy of its tallies, so it gets one before it grows.
        var (growth, firstDate) = joined.Count == 1 && !session.CountsEveryJoin ? GrowthOf(session, target, facts) : (Growth.Recount, null);
        var grows = growth != Growth.Recount;
        WriteProfile.Join(joined.Count switch { 0 => null, 1 => growth.ToString(), _ => "Merge" });
        if (grows && EventCount(session, target) == 1)
        {
            KeepContribution(session, target);
        }

        var retracting = WriteProfile.Now();
        var orphans = (grows ? [] : joined).SelectMany(operation => RetractOperation(session, operation)).ToList();
        WriteProfile.Lap(WritePhase.Retractions, retracting);
        foreach (var operation in grows ? [] : joined.Where(o => o != target))
        {
            session.Execute("UPDATE operation_events SET operation_id = @target WHERE operation_id = @from", ("@target", target), ("@from", operation));
            session.Execute("DELETE FROM operations WHERE id = @id", ("@id", operation));
        }

        var chosen = matches.Count == 0 ? OperationLink.Alone : matches.First(m => m.Operation == target).Link;
        AddOperationEvent(session, facts, target, chosen);
        if (growth == Growth.Later)
        {
            GrowOperation(session, target, facts.EventId, firstDate);
        }
        else if (growth == Growth.Earlier)
        {
            var moving = WriteProfile.Now();
            GrowEarlier(session, target, facts.EventId, facts.Date!.Value, firstDate);
            WriteProfile.Lap(WritePhase.EarlierJoins, moving);
        }
        else
        {
            var given = ContributeOperation(session, target);
            var recounting = WriteProfile.Now();
            RecountFirsts(session, target, orphans.Where(o => !given.Contains(KeyOf(o.Key))));
            WriteProfile.Lap(WritePhase.FirstRecounts, recounting);
        }
    }

    /// <summary>
    /// The operations an event belongs to, each with the link that says why: those the curators' decisions
    /// join it to, then the stored operations the matcher links it with, none the decisions keep apart.
    /// </summary>
    /// <remarks>
    /// With <paramref name="linked"/> (an end-of-import link) the operations an event is in and the candidates come
    /// from that index of the linked events rather than from <c>operation_events</c>, which the link writes at its end.
    /// </remarks>
    private static List<(long Operation, OperationLink Link)> Matches(WriteSession session, EventFacts facts, LinkedEventIndex? linked = null)
    {
        HashSet<long> OperationsHolding(IEnumerable<long> eventIds) =>
            linked is null ? OperationsOf(session, eventIds) : [.. eventIds.Select(linked.OperationOf).OfType<long>()];

        var decisions = session.Overrides.For(facts.EventId);
        var apart = OperationsHolding(decisions.Where(d => !d.Together).Select(d => Other(d, facts.EventId)));
        var matches = new List<(long Operation, OperationLink Link)>();
        foreach (var decision in decisions.Where(d => d.Together))
        {
            var other = Other(decision, facts.EventId);
            foreach (var forced in OperationsHolding([other]).Where(o => matches.All(m => m.Operation != o)))
            {
                matches.Add((forced, new OperationLink(LinkRule.Override, other, decision.Reason)));
            }
        }

        var started = WriteProfile.Now();
        var candidates = linked?.Candidates(facts, OperationMatcher.NearNameDays, OperationMatcher.UnnamedDays) ?? Candidates(session, facts);
        WriteProfile.Lap(WritePhase.Candidates, started);
        var namesOf = new Dictionary<long, List<OperationName>>();
        foreach (var (operation, first, members) in candidates)
        {
            if (!apart.Contains(operation) && matches.All(m => m.Operation != operation) && OperationMatcher.Match(facts, members, first) is { } link)
            {
                matches.Add((operation, link));
                namesOf[operation] = [.. members.Select(m => m.Key).OfType<OperationName>().Distinct()];
            }
        }

        return WithoutRivalNames(matches, namesOf);
    }

    /// <summary>
    /// An event that names no operation yet shares its participants with operations of different names cannot tell
    /// which of them it belongs to: it joins none of those, so that two names never become one operation through it
    /// (it may still join unnamed operations and those the curators tie it to).
    /// </summary>
    private static List<(long Operation, OperationLink Link)> WithoutRivalNames(
        List<(long Operation, OperationLink Link)> matches, Dictionary<long, List<OperationName>> namesOf)
    {
        bool ByParticipants((long Operation, OperationLink Link) m) => m.Link.Rule == LinkRule.SharedParticipants && namesOf[m.Operation].Count > 0;
        var names = matches.Where(ByParticipants).SelectMany(m => namesOf[m.Operation]).Distinct().ToList();
        return names.All(a => names.All(b => OperationMatcher.SameOrNear(a, b))) ? matches : [.. matches.Where(m => !ByParticipants(m))];
    }

    private static readonly string[] OperationEventColumns =
        ["event_id", "operation_id", "report_id", "date", "crime_area", "name_key", "name_block", "rule", "matched_event", "explanation"];

    private static void AddOperationEvent(WriteSession session, EventFacts facts, long target, OperationLink chosen)
    {
        Upsert(session, "operation_events", OperationEventColumns, "", [OperationEventRow(facts, target, chosen)]);
        session.LoneEvents.Added(facts.EventId, IsoDate.Format(facts.Date));
    }

    /// <summary>An event's row of <c>operation_events</c>, its values in the order of <see cref="OperationEventColumns"/>.</summary>
    private static object?[] OperationEventRow(EventFacts facts, long operation, OperationLink chosen) =>
    [
        facts.EventId, operation, facts.ReportId, IsoDate.Format(facts.Date), facts.CrimeArea?.ToLowerInvariant(), facts.Key?.Key, facts.Key?.Block,
        chosen.Rule, chosen.MatchedEvent, chosen.Explanation,
    ];

    private static long Other(LinkOverride decision, long eventId) => decision.EventId == eventId ? decision.OtherEventId : decision.EventId;

    private static long NewOperation(WriteSession session) =>
        session.Scalar<long>("INSERT INTO operations (first_date) VALUES (NULL) RETURNING id");

    private static HashSet<long> OperationsOf(WriteSession session, IEnumerable<long> eventIds) =>
        [.. eventIds.Select(id => session.Scalar<long?>("SELECT operation_id FROM operation_events WHERE event_id = @event", ("@event", id)))
            .OfType<long>()];
}
