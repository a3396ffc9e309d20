using Graph.Core.Network.Aggregates;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// An event joining one operation adds its own counts to the operation's tallies, so the cost of a link
/// does not grow with the operation. That equals counting the operation again when the event comes last
/// in event order (first keys stay) and is its report's only event there (each report counts once per
/// node or pair); otherwise the linker counts it all again. This is the join that keeps the operation's
/// first date; one dated earlier moves the operation (<see cref="GrowEarlier"/>).
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

    private static void GrowOperation(WriteSession session, long operation, long eventId, string? first)
    {
        var (nodes, edges) = EventContribution(session, eventId, first is null ? null : IsoDate.Parse(first));
        if (nodes.Count == 0 && edges.Count == 0)
        {
            return;
        }

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
