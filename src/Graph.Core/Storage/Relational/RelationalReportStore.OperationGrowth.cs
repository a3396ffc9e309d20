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
        var rows = Contributions(session, operation, nodes, edges);
        Dictionary<(long, long, long, long, long), (string FirstDate, long FirstKey)> held;
        if (session.Rows is IKeyedRowWriter keyed)
        {
            held = AddReturningHeld(session, keyed, rows);
        }
        else
        {
            held = Held(session, "operation_tallies", "source, target", [.. nodeKeys, .. edgeKeys], operation);
            Upsert(session, "operation_tallies", ContributionColumns, AddToOperation, rows);
        }

        // A node or pair the operation already counted gains its events and the report, not an operation.
        AddTallies(session,
            [.. nodes.Zip(nodeKeys, (n, key) => held.TryGetValue(KeyOf(key), out var h)
                ? n with { Reports = 0, FirstDate = h.FirstDate, FirstKey = h.FirstKey } : n with { Reports = 1 })],
            [.. edges.Zip(edgeKeys, (e, key) => held.TryGetValue(KeyOf(key), out var h)
                ? e with { Reports = 0, FirstDate = h.FirstDate, FirstKey = h.FirstKey } : e with { Reports = 1 })]);
    }

    /// <summary>
    /// The upsert of the event's rows into the operation's copy, returning what each row holds after it: a row
    /// the copy held already has more events than the event brings (every kept row counts at least one event),
    /// and keeps its first appearance (the upsert adds counts only). The same answer as <see cref="Held"/> read
    /// before the upsert, one statement per row instead of two; a row over every crime area answers for its all-time twin.
    /// </summary>
    private static Dictionary<(long, long, long, long, long), (string FirstDate, long FirstKey)> AddReturningHeld(
        WriteSession session, IKeyedRowWriter keyed, List<object?[]> rows)
    {
        var events = Array.IndexOf(ContributionColumns, "events");
        var held = new Dictionary<(long, long, long, long, long), (string, long)>();
        var everyArea = session.NameId(TallyScope.All);
        foreach (var (row, after) in rows.Zip(keyed.InsertReturning("operation_tallies", ContributionColumns, AddToOperation, ["events", "first_date", "first_key"], rows)))
        {
            if (after[0] <= Convert.ToInt64(row[events], System.Globalization.CultureInfo.InvariantCulture))
            {
                continue;
            }

            var first = (TallyCodes.DateText((int)after[1]), after[2]);
            held[KeyOf(row[1..6])] = first;
            if (Convert.ToInt64(row[2], System.Globalization.CultureInfo.InvariantCulture) == everyArea)
            {
                held[KeyOf([row[1], row[2], (long)TallyCodes.AllTime, .. row[4..6]])] = first;
            }
        }

        return held;
    }
}
