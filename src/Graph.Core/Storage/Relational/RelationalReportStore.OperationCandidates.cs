using Graph.Core.Operations;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Relational;

/// <summary>The operations the linker compares an event with, found by name block or by crime area and date window, and read with their members.</summary>
public abstract partial class RelationalReportStore
{
    // Bounds the work one event costs when a common name block or a busy fortnight has many candidates;
    // the oldest operations come first, so a store gives the same candidates on every run.
    private const int MaxCandidates = 64;

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

    /// <summary>
    /// Every row of <c>operation_events</c>, indexed in memory for an end-of-import link to find candidates in as
    /// <see cref="Candidates"/> finds them in the table; a stored event's name and participants are read when first needed.
    /// </summary>
    private static LinkedEventIndex LinkedEvents(WriteSession session)
    {
        var index = new LinkedEventIndex(MaxCandidates, ids => StoredMembers(session, ids));
        session.ReadWhile("SELECT event_id, operation_id, report_id, date, crime_area, name_key, name_block FROM operation_events ORDER BY event_id", r =>
        {
            index.AddStored(Sql.Long(r, 0), Sql.Long(r, 1), Sql.Long(r, 2), Sql.Text(r, 3) is { } date ? IsoDate.Parse(date) : null, Sql.Text(r, 4), Sql.Text(r, 5), Sql.Text(r, 6));
            return true;
        });
        return index;
    }

    // The names and participants of stored events, as Described reads them for its members.
    private static Dictionary<long, (string? Name, HashSet<string> Participants)> StoredMembers(WriteSession session, IReadOnlyList<long> events)
    {
        var read = new Dictionary<long, (string? Name, HashSet<string> Participants)>();
        foreach (var chunk in events.Chunk(500))
        {
            var parameters = new List<(string, object?)>();
            var among = InList("e", chunk, parameters);
            foreach (var (id, name, actor) in session.Read($"SELECT e.id, e.name, p.actor_id FROM events e LEFT JOIN participations p ON p.event_id = e.id WHERE e.id IN ({among})",
                r => (Id: Sql.Long(r, 0), Name: Sql.Text(r, 1), Actor: Sql.Text(r, 2)), [.. parameters]))
            {
                if (!read.TryGetValue(id, out var member))
                {
                    read[id] = member = (name, new HashSet<string>(StringComparer.Ordinal));
                }

                if (actor is not null)
                {
                    member.Participants.Add(actor);
                }
            }
        }

        return read;
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
