using Graph.Core.Network.Aggregates;
using Graph.Core.Operations;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// An event joining one operation adds its own counts to the operation's tallies, so the cost of a link
/// does not grow with the operation. That equals counting the operation again when the event keeps its
/// first date (dated no earlier), comes last in event order (first keys stay) and is its report's only
/// event there (each report counts once per node or pair); otherwise the linker counts it all again.
/// </summary>
public abstract partial class RelationalReportStore
{
    private const string AddToOperation = """
        ON CONFLICT (operation_id, projection, crime_area, period, source, target) DO UPDATE SET
            reports = operation_tallies.reports + excluded.reports,
            events = operation_tallies.events + excluded.events,
            led = operation_tallies.led + excluded.led,
            newman = operation_tallies.newman + excluded.newman
        """;

    private static bool CanGrow(WriteSession session, long operation, EventFacts facts)
    {
        var first = session.Scalar<string?>("SELECT first_date FROM operations WHERE id = @id", ("@id", operation));
        var keepsDate = facts.Date is not { } date || (first is not null && string.CompareOrdinal(IsoDate.Format(date), first) >= 0);
        return keepsDate
            && session.Scalar<long>("SELECT COUNT(*) FROM operation_events WHERE operation_id = @operation AND event_id > @event", ("@operation", operation), ("@event", facts.EventId)) == 0
            && session.Scalar<long>("SELECT COUNT(*) FROM operation_events WHERE operation_id = @operation AND report_id = @report", ("@operation", operation), ("@report", facts.ReportId)) == 0;
    }

    private static void GrowOperation(WriteSession session, long operation, long eventId)
    {
        var first = session.Scalar<string?>("SELECT first_date FROM operations WHERE id = @id", ("@id", operation));
        var rows = session.Read($"""
            SELECT e.crime_area, p.actor_id, p.role, a.kind, a.name, a.country_code
            FROM events e JOIN participations p ON p.event_id = e.id JOIN actors a ON a.id = p.actor_id
            WHERE e.id = @event ORDER BY p.{session.RowOrder}
            """, r => (Area: Sql.Text(r, 0), Actor: r.GetString(1), Led: r.GetString(2) == "lead",
                Facts: new ActorFacts(r.GetString(3) == "country" ? Model.ActorKind.Country : Model.ActorKind.Agency, Sql.Text(r, 5), r.GetString(4))),
            ("@event", eventId));
        if (rows.Count == 0)
        {
            return;
        }

        var facts = rows.GroupBy(r => r.Actor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Facts, StringComparer.Ordinal);
        IReadOnlyList<IReadOnlyList<TallyEvent>> alone = [[new TallyEvent(eventId, rows[0].Area, [.. rows.Select(r => (r.Actor, r.Led))])]];
        var (nodes, edges) = OperationTallies.Of(first is null ? null : IsoDate.Parse(first), alone, a => facts.TryGetValue(a, out var f) ? f : null);
        var none = session.NameId("");
        var nodeKeys = nodes.Select(n => (object?[])[.. StoredNodeKey(session, n), none]).ToList();
        var edgeKeys = edges.Select(e => StoredEdgeKey(session, e)).ToList();
        var held = Held(session, "operation_tallies", "source, target", [.. nodeKeys, .. edgeKeys], operation);
        Upsert(session, "operation_tallies", ContributionColumns, AddToOperation, Contributions(session, operation, nodes, edges));

        // A node or pair the operation already counted gains its events and the report, not an operation.
        AddTallies(session,
            [.. nodes.Zip(nodeKeys, (n, key) => held.TryGetValue(KeyOf(key), out var h)
                ? n with { Reports = 0, FirstDate = h.FirstDate, FirstKey = h.FirstKey } : n with { Reports = 1 })],
            [.. edges.Zip(edgeKeys, (e, key) => held.TryGetValue(KeyOf(key), out var h)
                ? e with { Reports = 0, FirstDate = h.FirstDate, FirstKey = h.FirstKey } : e with { Reports = 1 })]);
    }
}
