using Graph.Core.Network.Aggregates;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// The batch end's edge rows written with the link-total triggers off, and <c>link_totals</c> written once per
/// node instead. The triggers would run two statements per all-time edge row (365,000 edge rows per 2,000 reports
/// into the 100,000-report store, half of them all-time), each adding to a node's totals; here each node's totals
/// are read once, the same additions and subtractions are made in memory, one edge row after another in the order
/// the upsert writes them, and the result is written once. IEEE doubles give the same <c>newman</c> for the same
/// sequence of operations in C# as in SQLite's C, so the totals are the same to the bit, not merely close.
/// </summary>
public abstract partial class RelationalReportStore
{
    private const string EdgeByKey = "SELECT reports, newman FROM edge_tallies WHERE projection = ? AND crime_area = ? AND period = ? AND source = ? AND target = ?";
    private const string TotalsByKey = "SELECT reports, newman, degree FROM link_totals WHERE projection = ? AND crime_area = ? AND node = ?";

    /// <summary>A batch's summed rows, emptied from it and added to the view tallies, as <see cref="AddTallies"/> adds them.</summary>
    private static void WriteBatch(WriteSession session, TallyBatch batch)
    {
        session.LookUpNames(batch.KeyNames());
        if (session.Rows is not IKeyedRowWriter keyed || session.LinkTotalsByTriggers)
        {
            // Where the triggers keep link_totals, typed rows (in the order of the named path below, ids asked in the same order) copy without a boxed value.
            if (session.TypedTallies && session.Rows is ITypedRowWriter typed && batch.TakeRows(session.NameId) is var (nodeRows, edgeRows))
            {
                typed.InsertRows("node_tallies", NodeColumns, AddNodes, nodeRows);
                typed.InsertRows("edge_tallies", EdgeColumns, AddEdges, edgeRows);
                return;
            }

            var (named, edges) = batch.Take();
            AddTallies(session, named, edges);
            return;
        }

        var (nodes, rows) = batch.TakeRows(session.NameId) ?? StoredRows(session, batch.Take());

        // Each table's rows go in as its b-tree holds them (by ids), so one insert lands next to the last; the link totals
        // are worked out in the rows' own order, which fixes their floating-point sums.
        keyed.InsertRows("node_tallies", NodeColumns, AddNodes, StoredKeyOrder.Sorted(nodes));
        var totals = LinkTotalsAfter(keyed, rows).OrderBy(t => t.Key, StoredKeyOrder.Instance).ToList();
        keyed.WithoutTriggers(() =>
        {
            keyed.InsertRows("edge_tallies", EdgeColumns, AddEdges, StoredKeyOrder.Sorted(rows));
            keyed.Run("UPDATE link_totals SET reports = ?, newman = ?, degree = ? WHERE projection = ? AND crime_area = ? AND node = ?",
                [.. totals.Where(t => t.Value.Stored).Select(t => (object?[])[t.Value.Reports, t.Value.Newman, t.Value.Degree, t.Key.Projection, t.Key.Area, t.Key.Node])]);
            keyed.Insert("link_totals", ["projection", "crime_area", "node", "reports", "newman", "degree"], "",
                [.. totals.Where(t => !t.Value.Stored).Select(t => (object?[])[t.Key.Projection, t.Key.Area, t.Key.Node, t.Value.Reports, t.Value.Newman, t.Value.Degree])]);
        });
    }

    /// <summary>
    /// What <c>link_totals</c> holds for every node the edge rows touch once the upsert of <paramref name="rows"/>
    /// has run with the triggers on, worked out as they would.
    /// </summary>
    private static Dictionary<LinkTotalKey, LinkTotal> LinkTotalsAfter(IKeyedRowWriter keyed, EdgeTallyRow[] rows)
    {
        var allTime = Array.FindAll(rows, r => r.Period == TallyCodes.AllTime);

        // What each all-time edge row holds before the batch (absent: the upsert inserts it).
        // Both looked up in the tables' own order.
        var before = new (long Reports, double Newman)?[allTime.Length];
        var asStored = StoredKeyOrder.Places(allTime);
        keyed.Lookup(EdgeByKey, Array.ConvertAll(asStored, i => allTime[i].Key), (i, row) => before[asStored[i]] = (row.Long(0), row.Double(1)));

        var totals = new Dictionary<LinkTotalKey, LinkTotal>();
        var keys = allTime.SelectMany(r => new[] { new LinkTotalKey(r.Projection, r.Area, r.Source), new LinkTotalKey(r.Projection, r.Area, r.Target) })
            .Distinct().Order(StoredKeyOrder.Instance).ToArray();
        keyed.Lookup(TotalsByKey, keys,
            (i, row) => totals[keys[i]] = new LinkTotal { Stored = true, Present = true, Reports = row.Long(0), Newman = row.Double(1), Degree = row.Long(2) });

        for (var i = 0; i < allTime.Length; i++)
        {
            var row = allTime[i];
            var (reports, newman) = ((long)row.Reports, row.Newman);
            if (before[i] is not var (oldReports, oldNewman))
            {
                // link_totals_insert: both ends' totals gain the row, one after the other, a node new to the view starting at it.
                Inserted(totals, new LinkTotalKey(row.Projection, row.Area, row.Source), reports, newman);
                Inserted(totals, new LinkTotalKey(row.Projection, row.Area, row.Target), reports, newman);
                continue;
            }

            // link_totals_update, after the upsert's own sums: totals + NEW − OLD, each end once.
            var (newReports, newNewman) = (oldReports + reports, oldNewman + newman);
            Updated(totals, new LinkTotalKey(row.Projection, row.Area, row.Source), newReports, newNewman, oldReports, oldNewman);
            if (row.Target != row.Source)
            {
                Updated(totals, new LinkTotalKey(row.Projection, row.Area, row.Target), newReports, newNewman, oldReports, oldNewman);
            }
        }

        return totals;
    }

    private static void Inserted(Dictionary<LinkTotalKey, LinkTotal> totals, LinkTotalKey node, long reports, double newman)
    {
        if (!totals.TryGetValue(node, out var total))
        {
            totals[node] = total = new LinkTotal();
        }

        if (!total.Present)
        {
            (total.Present, total.Reports, total.Newman, total.Degree) = (true, reports, newman, 1);
        }
        else
        {
            (total.Reports, total.Newman, total.Degree) = (total.Reports + reports, total.Newman + newman, total.Degree + 1);
        }
    }

    private static void Updated(Dictionary<LinkTotalKey, LinkTotal> totals, LinkTotalKey node, long newReports, double newNewman, long oldReports, double oldNewman)
    {
        if (totals.GetValueOrDefault(node) is { Present: true } total)
        {
            total.Reports = total.Reports + newReports - oldReports;
            total.Newman = total.Newman + newNewman - oldNewman;
        }
    }

    /// <summary>A node's link totals as worked out in memory; <see cref="Stored"/> when the row was there before the batch.</summary>
    private sealed class LinkTotal
    {
        public bool Stored { get; init; }

        public bool Present { get; set; }

        public long Reports { get; set; }

        public double Newman { get; set; }

        public long Degree { get; set; }
    }
}
