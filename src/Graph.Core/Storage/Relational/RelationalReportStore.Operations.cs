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
    // Bounds the work one event costs when a common name block or a busy fortnight has many candidates;
    // the oldest operations come first, so a store gives the same candidates on every run.
    private const int MaxCandidates = 64;

    /// <summary>
    /// The curators' link decisions the linker obeys when it links an event; null (the default) reads
    /// them from the link and unlink edits in the store's own edit log. After changing them,
    /// <see cref="RelinkOperations"/> applies them to the events already stored.
    /// </summary>
    public IOperationLinkOverrides? LinkOverrides { get; set; }

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
        session.Execute("DELETE FROM operations");
    }

    private static void LinkAll(WriteSession session)
    {
        var events = session.Read("""
            SELECT e.id, e.report_id, e.name, e.crime_area, r.date FROM events e JOIN reports r ON r.id = e.report_id
            WHERE NOT EXISTS (SELECT 1 FROM operation_events oe WHERE oe.event_id = e.id) ORDER BY e.id
            """, r => (Id: Sql.Long(r, 0), Report: Sql.Long(r, 1), Name: Sql.Text(r, 2), Area: Sql.Text(r, 3), Date: Sql.Text(r, 4)));
        var participants = session.Read("""
            SELECT p.event_id, p.actor_id FROM participations p
            WHERE NOT EXISTS (SELECT 1 FROM operation_events oe WHERE oe.event_id = p.event_id)
            """, r => (Event: Sql.Long(r, 0), Actor: r.GetString(1))).ToLookup(p => p.Event, p => p.Actor);
        foreach (var report in events.GroupBy(e => e.Report))
        {
            var date = report.First().Date is { } text ? IsoDate.Parse(text) : (DateOnly?)null;
            LinkOperations(session, report.Select(e =>
                new EventFacts(e.Id, e.Report, e.Name, e.Area, date, participants[e.Id].ToHashSet(StringComparer.Ordinal))));
        }
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
        var decisions = session.Overrides.For(facts.EventId);
        var apart = OperationsOf(session, decisions.Where(d => !d.Together).Select(d => Other(d, facts.EventId)));
        var matches = new List<(long Operation, OperationLink Link)>();
        foreach (var decision in decisions.Where(d => d.Together))
        {
            var other = Other(decision, facts.EventId);
            foreach (var forced in OperationsOf(session, [other]).Where(o => matches.All(m => m.Operation != o)))
            {
                matches.Add((forced, new OperationLink(LinkRule.Override, other, decision.Reason)));
            }
        }

        var started = WriteProfile.Now();
        var candidates = Candidates(session, facts);
        WriteProfile.Lap(WritePhase.Candidates, started);
        foreach (var (operation, first, members) in candidates)
        {
            if (!apart.Contains(operation) && matches.All(m => m.Operation != operation) && OperationMatcher.Match(facts, members, first) is { } link)
            {
                matches.Add((operation, link));
            }
        }

        if (matches.Count == 0 && saved is not null && saved.Events.TryGetValue(facts.EventId, out var stored))
        {
            StartOperation(session, facts, stored, saved.Actors);
            return;
        }

        // The linker reads the operations' tallies back from here on, so a batch's staged rows go in first.
        FlushBatch(session);
        var target = matches.Count == 0 ? NewOperation(session) : matches.Min(m => m.Operation);
        var joined = matches.Select(m => m.Operation).Distinct().ToList();

        // Joining one operation adds only what the event brings; a merge takes both back and counts them again.
        // An operation of one event keeps no copy of its tallies, so it gets one before it grows.
        var grows = joined.Count == 1 && CanGrow(session, target, facts);
        if (grows && EventCount(session, target) == 1)
        {
            KeepContribution(session, target);
        }

        var orphans = (grows ? [] : joined).SelectMany(operation => RetractOperation(session, operation)).ToList();
        foreach (var operation in grows ? [] : joined.Where(o => o != target))
        {
            session.Execute("UPDATE operation_events SET operation_id = @target WHERE operation_id = @from", ("@target", target), ("@from", operation));
            session.Execute("DELETE FROM operations WHERE id = @id", ("@id", operation));
        }

        var chosen = matches.Count == 0 ? OperationLink.Alone : matches.First(m => m.Operation == target).Link;
        AddOperationEvent(session, facts, target, chosen);
        if (grows)
        {
            GrowOperation(session, target, facts.EventId);
        }
        else
        {
            var given = ContributeOperation(session, target);
            RecountFirsts(session, target, orphans.Where(o => !given.Contains(KeyOf(o.Key))));
        }
    }

    private static void AddOperationEvent(WriteSession session, EventFacts facts, long target, OperationLink chosen) =>
        session.Execute("""
            INSERT INTO operation_events (event_id, operation_id, report_id, date, crime_area, name_key, name_block, rule, matched_event, explanation)
            VALUES (@event, @operation, @report, @date, @area, @key, @block, @rule, @matched, @explanation)
            """,
            ("@event", facts.EventId), ("@operation", target), ("@report", facts.ReportId), ("@date", IsoDate.Format(facts.Date)),
            ("@area", facts.CrimeArea?.ToLowerInvariant()), ("@key", facts.Key?.Key), ("@block", facts.Key?.Block),
            ("@rule", chosen.Rule), ("@matched", chosen.MatchedEvent), ("@explanation", chosen.Explanation));

    private static long Other(LinkOverride decision, long eventId) => decision.EventId == eventId ? decision.OtherEventId : decision.EventId;

    private static long NewOperation(WriteSession session) =>
        session.Scalar<long>("INSERT INTO operations (first_date) VALUES (NULL) RETURNING id");

    private static HashSet<long> OperationsOf(WriteSession session, IEnumerable<long> eventIds) =>
        [.. eventIds.Select(id => session.Scalar<long?>("SELECT operation_id FROM operation_events WHERE event_id = @event", ("@event", id)))
            .OfType<long>()];

    /// <summary>
    /// The operations an event could belong to, each with its first date and those of its events that
    /// could match it: the first event of each name it carries, and any dated within the near-name window.
    /// </summary>
    private static List<(long Operation, DateOnly? First, List<EventFacts> Members)> Candidates(WriteSession session, EventFacts facts)
    {
        var operations = new HashSet<long>();
        if (facts.Key is { } key)
        {
            // Near spellings share a block; a name without its serial also finds its stem with any serial.
            var bare = key with { Serial = null };
            operations.UnionWith(session.Read($"SELECT DISTINCT operation_id FROM operation_events WHERE name_block IN (@block, @bare) ORDER BY operation_id LIMIT {MaxCandidates}",
                r => Sql.Long(r, 0), ("@block", key.Block), ("@bare", bare.Block)));
            if (key.Serial is null)
            {
                operations.UnionWith(session.Read($"SELECT DISTINCT operation_id FROM operation_events WHERE name_key > @low AND name_key < @high ORDER BY operation_id LIMIT {MaxCandidates}",
                    r => Sql.Long(r, 0), ("@low", key.Stem + " "), ("@high", key.Stem + "!")));
            }
        }

        if (facts.CrimeArea is { } area && facts.Date is { } date)
        {
            operations.UnionWith(session.Read($"""
                SELECT DISTINCT operation_id FROM operation_events
                WHERE crime_area = @area AND date >= @from AND date <= @to ORDER BY operation_id LIMIT {MaxCandidates}
                """, r => Sql.Long(r, 0), ("@area", area.ToLowerInvariant()),
                ("@from", IsoDate.Format(date.AddDays(-OperationMatcher.UnnamedDays))), ("@to", IsoDate.Format(date.AddDays(OperationMatcher.UnnamedDays)))));
        }

        return Described(session, [.. operations.Order()], facts.Date);
    }

    // Bounded by the window, not by the operations' sizes: no rule can pick an event outside it that is
    // not also the first of its name (see OperationMatcher), so the answer is the one all events give.
    // Read for every candidate at once: two statements an event, not three a candidate.
    private static List<(long Operation, DateOnly? First, List<EventFacts> Members)> Described(WriteSession session, List<long> operations, DateOnly? near)
    {
        if (operations.Count == 0)
        {
            return [];
        }

        var window = near is { } d
            ? (IsoDate.Format(d.AddDays(-OperationMatcher.NearNameDays)), IsoDate.Format(d.AddDays(OperationMatcher.NearNameDays)))
            : ((string?)null, (string?)null);
        var parameters = new List<(string, object?)> { ("@from", window.Item1), ("@to", window.Item2) };
        var among = InList("o", operations, parameters);
        var firsts = session.Read($"SELECT operation_id, MIN(date) FROM operation_events WHERE operation_id IN ({among}) GROUP BY operation_id",
            r => (Operation: Sql.Long(r, 0), First: Sql.Text(r, 1)), [.. parameters]).ToDictionary(f => f.Operation, f => f.First);
        var members = session.Read($"""
            SELECT oe.operation_id, oe.event_id, oe.report_id, e.name, oe.crime_area, oe.date, p.actor_id
            FROM operation_events oe JOIN events e ON e.id = oe.event_id LEFT JOIN participations p ON p.event_id = oe.event_id
            WHERE oe.operation_id IN ({among}) AND (oe.date >= @from AND oe.date <= @to
                OR oe.event_id IN (SELECT MIN(f.event_id) FROM operation_events f WHERE f.operation_id IN ({among}) GROUP BY f.operation_id, f.name_key))
            ORDER BY oe.event_id
            """, r => (Operation: Sql.Long(r, 0), Id: Sql.Long(r, 1), Report: Sql.Long(r, 2), Name: Sql.Text(r, 3), Area: Sql.Text(r, 4), Date: Sql.Text(r, 5), Actor: Sql.Text(r, 6)),
            [.. parameters]);
        var byOperation = members.GroupBy(m => m.Id).ToLookup(e => e.First().Operation, e => new EventFacts(e.Key, e.First().Report, e.First().Name, e.First().Area,
            e.First().Date is { } date ? IsoDate.Parse(date) : null, e.Select(m => m.Actor).OfType<string>().ToHashSet(StringComparer.Ordinal)));
        return [.. operations.Select(o => (o, firsts.GetValueOrDefault(o) is { } first ? IsoDate.Parse(first) : (DateOnly?)null, byOperation[o].ToList()))];
    }
}
