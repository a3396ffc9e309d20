using Graph.Core.Model;
using Graph.Core.Network.Aggregates;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// The earliest first appearance that operations of one event give rows a retraction left without
/// theirs. Those operations keep no copy of their tallies, so their events are walked in the order of a
/// lone operation's first appearance (date, then event id: the first key's high bits) and counted as
/// <see cref="Contribution"/> counts them; the first event counting a row holds its earliest.
/// </summary>
/// <remarks>
/// All the rows of one period are answered by one walk, which stops once each has its answer: the
/// rows an operation leaves are those of the month it left (all-time rows never lose it: the grown
/// operation counts every pair and node it counted), so one walk of that month's events, in the order
/// of the date index, replaces a scan and sort of every event per row (session 8: 0.15–0.31 s a row on
/// 71,500 reports). A month's events are read once per transaction and kept in the session
/// (<see cref="LoneEventCache"/>): a batch recounts the same month many times.
/// </remarks>
public abstract partial class RelationalReportStore
{
    // An event whose operation has no other event: its operation, or nothing once it has joined another.
    private const string LoneOperation = """
        SELECT oe.operation_id FROM operation_events oe WHERE oe.event_id = @event
            AND NOT EXISTS (SELECT 1 FROM operation_events x WHERE x.operation_id = oe.operation_id AND x.event_id <> oe.event_id)
        """;

    private static (string, string, string, string, string) RowKey(EdgeTally row) =>
        (row.Projection, row.CrimeArea, row.Period, row.Source, row.Target);

    private static Dictionary<(string, string, string, string, string), (string Date, long Key)> LoneFirsts(
        WriteSession session, long operation, List<EdgeTally> rows)
    {
        var found = new Dictionary<(string, string, string, string, string), (string Date, long Key)>();
        foreach (var period in rows.GroupBy(r => r.Period, StringComparer.Ordinal))
        {
            var pending = period.Select(RowKey).ToHashSet();
            if (period.Key.Length == 0 || period.Key == TallyScope.All)
            {
                WalkStored(session, operation, period.Key, pending, found);
            }
            else
            {
                WalkKept(session, operation, period.Key, pending, found);
            }
        }

        return found;
    }

    // Undated and all-time rows (rare: the grown operation still counts its all-time rows) walk the database in date order.
    private static void WalkStored(WriteSession session, long operation, string period, HashSet<(string, string, string, string, string)> pending,
        Dictionary<(string, string, string, string, string), (string Date, long Key)> found)
    {
        var (when, order) = period.Length == 0
            ? ("oe.date IS NULL AND ", "oe.event_id")
            : ("", "oe.date IS NULL, oe.date, oe.event_id");
        var facts = new Dictionary<string, ActorFacts>(StringComparer.Ordinal);
        ReadLoneEvents(session, $"{when}oe.operation_id <> @operation AND {AloneClause}", order, [("@operation", operation)], facts.TryAdd, null, lone =>
        {
            Answer(lone, pending, found, a => facts[a]);
            return pending.Count > 0;
        });
    }

    // A month's rows walk the month's events kept in the session, read once per transaction.
    private static void WalkKept(WriteSession session, long operation, string period, HashSet<(string, string, string, string, string)> pending,
        Dictionary<(string, string, string, string, string), (string Date, long Key)> found)
    {
        var cache = session.LoneEvents;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Seen(string actor) => seen.Add(actor);

        if (cache.Month(period) is var (kept, added))
        {
            foreach (var id in added)
            {
                ReadLoneEvents(session, $"oe.event_id = @event AND {AloneClause}", "oe.event_id", [("@event", id)], null, Seen, lone =>
                {
                    cache.Insert(period, lone);
                    return true;
                });
            }

            added.Clear();
        }
        else
        {
            kept = [];
            ReadLoneEvents(session, $"oe.date >= @from AND oe.date <= @to AND {AloneClause}", "oe.date, oe.event_id",
                [("@from", period + "-01"), ("@to", period + "-31")], null, Seen, lone =>
                {
                    kept.Add(lone);
                    return true;
                });
            cache.Keep(period, kept);
        }

        // Read after the events (a PostgreSQL connection runs one command at a time) and after keeping them
        // (keeping a month may forget the others, and the facts with them).
        foreach (var (actor, facts) in StoredFacts(session, [.. seen.Where(a => !cache.Knows(a))]))
        {
            cache.Read(actor, facts);
        }

        foreach (var lone in kept)
        {
            if (pending.Count == 0)
            {
                break;
            }

            // Whether the event may count a row is asked first; only then whether its operation is still of one event.
            if (lone.Joined || !pending.Any(row => lone.MayCount(row, cache.Facts)))
            {
                continue;
            }

            var alone = session.Scalar<long?>(LoneOperation, ("@event", lone.Id));
            lone.Joined = alone is null;
            if (alone is { } own && own != operation)
            {
                Answer(lone, pending, found, cache.Facts);
            }
        }
    }

    // Actors of kept events the cache has no facts for yet get them from their rows; the others' it keeps
    // current itself (a write session changes an actor's row only through its upsert, which tells the cache).
    // Read FactsPerRead at a time through one statement shape (the last read's list repeats its last id).
    private static List<(string Actor, ActorFacts Facts)> StoredFacts(WriteSession session, List<string> actors)
    {
        var found = new List<(string, ActorFacts)>(actors.Count);
        for (var at = 0; at < actors.Count; at += FactsPerRead)
        {
            var ids = Enumerable.Range(at, FactsPerRead).Select(i => actors[Math.Min(i, actors.Count - 1)]).ToList();
            var parameters = new List<(string, object?)>();
            var among = InList("a", ids, parameters);
            found.AddRange(session.Read($"SELECT id, kind, name, country_code FROM actors WHERE id IN ({among})",
                r => (r.GetString(0), new ActorFacts(r.GetString(1) == "country" ? ActorKind.Country : ActorKind.Agency, Sql.Text(r, 3), r.GetString(2))),
                [.. parameters]));
        }

        return found.Count == actors.Count ? found : throw new InvalidOperationException("An event's participant has no actor row.");
    }

    private const int FactsPerRead = 32;

    // Operations of one event only.
    private const string AloneClause = "NOT EXISTS (SELECT 1 FROM operation_events x WHERE x.operation_id = oe.operation_id AND x.event_id <> oe.event_id)";

    // Counts the event, as its operation's contribution, when it may count a row still waiting, and answers the rows it counts.
    private static void Answer(LoneEvent lone, HashSet<(string, string, string, string, string)> pending,
        Dictionary<(string, string, string, string, string), (string Date, long Key)> found, Func<string, ActorFacts> facts)
    {
        if (!pending.Any(row => lone.MayCount(row, facts)))
        {
            return;
        }

        foreach (var (key, first) in lone.Firsts(facts))
        {
            if (pending.Remove(key))
            {
                found[key] = first;
            }
        }
    }

    /// <summary>
    /// Reads the events of operation links that <paramref name="where"/> admits, with the date and crime area
    /// the linker keeps beside each (its report's date and the event's area in lower case, which is all a count
    /// uses of either: no read of <c>events</c> or <c>reports</c>, whose pages a month's events are spread over), in <paramref name="order"/>
    /// (unique per event, so an event's participations come together), each with its participants put back
    /// in the order they were written, which their positions in the first key follow; stops when <paramref name="more"/> says so.
    /// Each participant's actor goes with its facts to <paramref name="facts"/>, when given, or else to
    /// <paramref name="actorSeen"/> alone, without the join to <c>actors</c>: a month's read touched an actor's row once per
    /// participation (about a third of the read, session 12) for facts the session's cache mostly holds already.
    /// </summary>
    private static void ReadLoneEvents(WriteSession session, string where, string order, (string, object?)[] parameters,
        Func<string, ActorFacts, bool>? facts, Action<string>? actorSeen, Func<LoneEvent, bool> more)
    {
        (long Id, string? When, string? Area)? current = null;
        var participants = new List<(string Actor, bool Led, long Order)>();
        var going = true;
        session.ReadWhile($"""
            SELECT oe.event_id, oe.date, oe.crime_area, p.actor_id, p.role, p.{session.RowOrder}{(facts is null ? "" : ", a.kind, a.name, a.country_code")}
            FROM operation_events oe JOIN participations p ON p.event_id = oe.event_id{(facts is null ? "" : " JOIN actors a ON a.id = p.actor_id")}
            WHERE {where}
            ORDER BY {order}
            """, r =>
            {
                var id = Sql.Long(r, 0);
                if (current is { } seen && seen.Id != id)
                {
                    going = more(Made(seen, participants));
                    participants = [];
                    if (!going)
                    {
                        return false;
                    }
                }

                current = (id, Sql.Text(r, 1), Sql.Text(r, 2));
                var actor = r.GetString(3);
                facts?.Invoke(actor, new ActorFacts(r.GetString(6) == "country" ? ActorKind.Country : ActorKind.Agency, Sql.Text(r, 8), r.GetString(7)));
                actorSeen?.Invoke(actor);
                participants.Add((actor, r.GetString(4) == "lead", Sql.Long(r, 5)));
                return true;
            }, parameters);
        if (going && current is { } last)
        {
            more(Made(last, participants));
        }

        static LoneEvent Made((long Id, string? When, string? Area) e, List<(string Actor, bool Led, long Order)> participants) =>
            new(e.Id, e.When, e.Area, [.. participants.OrderBy(p => p.Order)]);
    }
}
