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
    // The operation's first date (as stored before the join) comes back with the answer, for the growing.
    private static (Growth Growth, string? First) GrowthOf(WriteSession session, long operation, EventFacts facts)
    {
        if (session.Scalar<long>("SELECT COUNT(*) FROM operation_events WHERE operation_id = @operation AND event_id > @event", ("@operation", operation), ("@event", facts.EventId)) != 0
            || session.Scalar<long>("SELECT COUNT(*) FROM operation_events WHERE operation_id = @operation AND report_id = @report", ("@operation", operation), ("@report", facts.ReportId)) != 0)
        {
            return (Growth.Recount, null);
        }

        var first = session.Scalar<string?>("SELECT first_date FROM operations WHERE id = @id", ("@id", operation));
        var later = facts.Date is not { } date || (first is not null && string.CompareOrdinal(IsoDate.Format(date), first) >= 0);
        return (later ? Growth.Later : Growth.Earlier, first);
    }

    private static void GrowEarlier(WriteSession session, long operation, long eventId, DateOnly date, string? first)
    {
        var (nodes, edges) = EventContribution(session, eventId, date);
        if (nodes.Count == 0 && edges.Count == 0)
        {
            // An event without participants gives no row and no date (as Contribution reads the operation).
            return;
        }

        var dated = IsoDate.Format(date);
        var (from, to) = (first is null ? "" : first[..7], dated[..7]);
        var kept = KeptContribution(session, operation);
        var staying = kept.Where(k => k.Period != from || from == to).ToDictionary(RowKey, k => k.FirstKey);
        var leaving = kept.Where(k => !staying.ContainsKey(RowKey(k))).ToList();
        var orphans = TakeBack(session, [.. leaving.Select(Negated)]);

        session.Execute("UPDATE operations SET first_date = @date WHERE id = @id", ("@date", dated), ("@id", operation));

        // Two statements: the date changes in place, and only the rows of the month left move (the period is
        // in both keys, so setting it at all makes SQLite delete and insert every row of the operation again).
        session.Execute("UPDATE operation_tallies SET first_date = @date WHERE operation_id = @operation",
            ("@date", TallyCodes.Date(dated)), ("@operation", operation));
        if (from != to)
        {
            session.Execute("UPDATE operation_tallies SET period = @to WHERE operation_id = @operation AND period = @from",
                ("@from", TallyCodes.Period(from)), ("@to", TallyCodes.Period(to)), ("@operation", operation));
        }

        Upsert(session, "operation_tallies", ContributionColumns, AddToOperation, Contributions(session, operation, nodes, edges));

        // A row the operation gives where it gave it keeps its counts and lowers its first appearance in
        // place (the batch's sums for it written first); a moved row is added whole in its new month.
        FlushBatch(session, kept.Where(k => staying.ContainsKey(RowKey(k))));
        LowerFirsts(session, operation, TallyCodes.Date(dated), from == to);
        var moved = leaving.ToDictionary(k => RowKey(k with { Period = to }), k => k with { Period = to, FirstDate = dated });
        var added = new List<EdgeTally>();
        foreach (var row in nodes.Select(n => new EdgeTally(n.Projection, n.Period, n.CrimeArea, n.Node, "", 1, n.Events, 0, 0.0, n.FirstDate, n.FirstKey, n.Sources)).Concat(edges))
        {
            var key = RowKey(row);
            if (moved.TryGetValue(key, out var held))
            {
                moved[key] = held with
                {
                    Events = held.Events + row.Events, Led = held.Led + row.Led, Newman = held.Newman + row.Newman, Sources = held.Sources + row.Sources,
                    FirstKey = Math.Min(held.FirstKey, row.FirstKey),
                };
            }
            else
            {
                // The event comes last, so where the operation counted the row its first key stays.
                added.Add(staying.TryGetValue(key, out var firstKey) ? row with { Reports = 0, FirstKey = firstKey } : row);
            }
        }

        List<EdgeTally> rows = [.. moved.Values, .. added];
        AddTallies(session, [.. rows.Where(r => r.Target.Length == 0).Select(AsNode)], [.. rows.Where(r => r.Target.Length > 0)]);

        var recounting = WriteProfile.Now();
        RecountFirsts(session, operation, orphans);
        WriteProfile.Lap(WritePhase.FirstRecounts, recounting);
    }

    // The view rows an operation counts, in its all-time period only or (when it stays in its month) in
    // every period, take its new first date where that is earlier than theirs; its first keys are its copy's.
    // The copy keeps month rows: an all-time row takes its twin's, the month row over every crime area.
    private static void LowerFirsts(WriteSession session, long operation, int date, bool everyPeriod)
    {
        var periods = new List<string> { $"t.period = {TallyCodes.AllTime} AND c.crime_area = {session.NameId(TallyScope.All)}" };
        if (everyPeriod)
        {
            periods.Add("t.period = c.period");
        }

        foreach (var (table, ends) in new[] { ("node_tallies", $"t.node = c.source AND c.target = {session.NameId("")}"), ("edge_tallies", "t.source = c.source AND t.target = c.target") })
        {
            foreach (var period in periods)
            {
                session.Execute($"""
                    UPDATE {table} AS t SET first_date = @date, first_key = c.first_key
                    FROM operation_tallies c
                    WHERE c.operation_id = @operation AND t.projection = c.projection AND t.crime_area = c.crime_area AND {period} AND {ends}
                        AND (t.first_date > @date OR (t.first_date = @date AND t.first_key > c.first_key))
                    """, ("@date", date), ("@operation", operation));
            }
        }
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
