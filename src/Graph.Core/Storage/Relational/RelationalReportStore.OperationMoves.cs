using Graph.Core.Network.Aggregates;
using Graph.Core.Operations;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// An event dated before the operation it joins gives the operation its date: every row the operation
/// gives is dated by it, and its monthly rows belong to the event's month. Only that moves. The rows of
/// the month it leaves are taken back (the rows it held first there go to the next operation, as after a
/// retraction); its all-time rows, and its monthly rows when the month stays, keep their counts and only
/// lower their first appearance; the event adds its own counts. The cost is the operation's rows, where
/// taking the operation back and counting it again also reads every event it holds.
/// </summary>
public abstract partial class RelationalReportStore
{
    /// <summary>How a join of one operation is written: the event's counts added, the operation moved to its date, or all counted again.</summary>
    private enum Growth
    {
        Recount,
        Later,
        Earlier,
    }

    // Growing equals counting again when the event comes last in event order (first keys within the
    // operation stay) and is its report's only event there (each report counts once per node or pair).
    private static Growth GrowthOf(WriteSession session, long operation, EventFacts facts)
    {
        if (session.Scalar<long>("SELECT COUNT(*) FROM operation_events WHERE operation_id = @operation AND event_id > @event", ("@operation", operation), ("@event", facts.EventId)) != 0
            || session.Scalar<long>("SELECT COUNT(*) FROM operation_events WHERE operation_id = @operation AND report_id = @report", ("@operation", operation), ("@report", facts.ReportId)) != 0)
        {
            return Growth.Recount;
        }

        var first = session.Scalar<string?>("SELECT first_date FROM operations WHERE id = @id", ("@id", operation));
        return facts.Date is not { } date || (first is not null && string.CompareOrdinal(IsoDate.Format(date), first) >= 0) ? Growth.Later : Growth.Earlier;
    }

    private static void GrowEarlier(WriteSession session, long operation, long eventId, DateOnly date)
    {
        var (nodes, edges) = EventContribution(session, eventId, date);
        if (nodes.Count == 0 && edges.Count == 0)
        {
            // An event without participants gives no row and no date (as Contribution reads the operation).
            return;
        }

        var first = session.Scalar<string?>("SELECT first_date FROM operations WHERE id = @id", ("@id", operation));
        var (from, to) = (first is null ? "" : first[..7], IsoDate.Format(date)[..7]);
        var dated = IsoDate.Format(date);
        var kept = KeptContribution(session, operation);
        var leaving = from == to ? [] : kept.Where(k => k.Period == from).ToList();

        // The operation as a relink counts it: its rows, moved and dated, with the event's counts added.
        var grown = new Dictionary<(string, string, string, string, string), EdgeTally>();
        foreach (var row in kept)
        {
            var moved = row with { Period = row.Period == from ? to : row.Period, FirstDate = dated };
            grown[RowKey(moved)] = moved;
        }

        var added = new Dictionary<(string, string, string, string, string), EdgeTally>();
        foreach (var row in nodes.Select(n => new EdgeTally(n.Projection, n.Period, n.CrimeArea, n.Node, "", 1, n.Events, 0, 0.0, n.FirstDate, n.FirstKey, n.Sources)).Concat(edges))
        {
            var key = RowKey(row);
            added[key] = row;
            grown[key] = grown.TryGetValue(key, out var held)
                ? held with
                {
                    Events = held.Events + row.Events, Led = held.Led + row.Led, Newman = held.Newman + row.Newman, Sources = held.Sources + row.Sources,
                    FirstKey = Math.Min(held.FirstKey, row.FirstKey),
                }
                : row;
        }

        var orphans = TakeBack(session, [.. leaving.Select(Negated)]);
        session.Execute("DELETE FROM operation_tallies WHERE operation_id = @operation", ("@operation", operation));
        session.Execute("UPDATE operations SET first_date = @date WHERE id = @id", ("@date", dated), ("@id", operation));
        var rows = grown.Values.ToList();
        Upsert(session, "operation_tallies", ContributionColumns, "", Contributions(session, operation,
            [.. rows.Where(r => r.Target.Length == 0).Select(AsNode)], [.. rows.Where(r => r.Target.Length > 0)]));

        // A row the operation still gives where it gave it gains only the event's counts (none when the
        // event does not count it) and its earlier first appearance; a moved or new row is added whole.
        var stays = kept.Where(k => k.Period != from || from == to).Select(RowKey).ToHashSet();
        var change = rows.Select(r => stays.Contains(RowKey(r))
            ? added.TryGetValue(RowKey(r), out var own) ? own with { Reports = 0, FirstDate = r.FirstDate, FirstKey = r.FirstKey } : r with { Reports = 0, Events = 0, Led = 0, Newman = 0.0, Sources = 0 }
            : r).ToList();
        AddTallies(session, [.. change.Where(r => r.Target.Length == 0).Select(AsNode)], [.. change.Where(r => r.Target.Length > 0)]);

        var recounting = WriteProfile.Now();
        RecountFirsts(session, operation, orphans);
        WriteProfile.Lap(WritePhase.FirstRecounts, recounting);
    }

    /// <summary>The rows one stored event gives an operation dated <paramref name="date"/>, counted from its participations.</summary>
    private static (List<NodeTally> Nodes, List<EdgeTally> Edges) EventContribution(WriteSession session, long eventId, DateOnly? date)
    {
        var rows = session.Read($"""
            SELECT e.crime_area, p.actor_id, p.role, a.kind, a.name, a.country_code
            FROM events e JOIN participations p ON p.event_id = e.id JOIN actors a ON a.id = p.actor_id
            WHERE e.id = @event ORDER BY p.{session.RowOrder}
            """, r => (Area: Sql.Text(r, 0), Actor: r.GetString(1), Led: r.GetString(2) == "lead",
                Facts: new ActorFacts(r.GetString(3) == "country" ? Model.ActorKind.Country : Model.ActorKind.Agency, Sql.Text(r, 5), r.GetString(4))),
            ("@event", eventId));
        if (rows.Count == 0)
        {
            return ([], []);
        }

        var facts = rows.GroupBy(r => r.Actor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Facts, StringComparer.Ordinal);
        IReadOnlyList<IReadOnlyList<TallyEvent>> alone = [[new TallyEvent(eventId, rows[0].Area, [.. rows.Select(r => (r.Actor, r.Led))])]];
        return OperationTallies.Of(date, alone, a => facts.TryGetValue(a, out var f) ? f : null);
    }

    private static NodeTally AsNode(EdgeTally row) =>
        new(row.Projection, row.Period, row.CrimeArea, row.Source, row.Reports, row.Events, row.FirstDate, row.FirstKey, row.Sources);
}
