using System.Globalization;
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

    /// <summary>A batch's summed rows added to the view tallies, as <see cref="AddTallies"/> adds them.</summary>
    private static void AddBatchTallies(WriteSession session, List<NodeTally> nodes, List<EdgeTally> edges)
    {
        if (session.Rows is not IKeyedRowWriter keyed || session.LinkTotalsByTriggers)
        {
            AddTallies(session, nodes, edges);
            return;
        }

        Upsert(session, "node_tallies", NodeColumns, AddNodes, NodeRows(session, nodes));
        var rows = EdgeRows(session, edges);
        var totals = LinkTotalsAfter(keyed, rows);
        keyed.WithoutTriggers(() =>
        {
            keyed.Insert("edge_tallies", EdgeColumns, AddEdges, rows);
            keyed.Run("UPDATE link_totals SET reports = ?, newman = ?, degree = ? WHERE projection = ? AND crime_area = ? AND node = ?",
                [.. totals.Where(t => t.Value.Stored).Select(t => (object?[])[t.Value.Reports, t.Value.Newman, t.Value.Degree, t.Key.Projection, t.Key.Area, t.Key.Node])]);
            keyed.Insert("link_totals", ["projection", "crime_area", "node", "reports", "newman", "degree"], "",
                [.. totals.Where(t => !t.Value.Stored).Select(t => (object?[])[t.Key.Projection, t.Key.Area, t.Key.Node, t.Value.Reports, t.Value.Newman, t.Value.Degree])]);
        });
    }

    /// <summary>
    /// What <c>link_totals</c> holds for every node the edge rows touch once the upsert of <paramref name="rows"/>
    /// (as stored: key, then reports, events, led, newman, ...) has run with the triggers on, worked out as they would.
    /// </summary>
    private static Dictionary<(long Projection, long Area, long Node), LinkTotal> LinkTotalsAfter(IKeyedRowWriter keyed, List<object?[]> rows)
    {
        static long At(object?[] row, int i) => Convert.ToInt64(row[i], CultureInfo.InvariantCulture);
        var allTime = rows.Where(r => At(r, 2) == TallyCodes.AllTime).ToList();

        // What each all-time edge row holds before the batch (absent: the upsert inserts it).
        var before = new (long Reports, double Newman)?[allTime.Count];
        keyed.Lookup(EdgeByKey, [.. allTime.Select(r => r[..5])], (i, row) => before[i] = (row.Long(0), row.Double(1)));

        var totals = new Dictionary<(long Projection, long Area, long Node), LinkTotal>();
        var keys = allTime.SelectMany(r => new[] { (At(r, 0), At(r, 1), At(r, 3)), (At(r, 0), At(r, 1), At(r, 4)) }).Distinct().ToList();
        keyed.Lookup(TotalsByKey, [.. keys.Select(k => (object?[])[k.Item1, k.Item2, k.Item3])],
            (i, row) => totals[keys[i]] = new LinkTotal { Stored = true, Present = true, Reports = row.Long(0), Newman = row.Double(1), Degree = row.Long(2) });

        for (var i = 0; i < allTime.Count; i++)
        {
            var row = allTime[i];
            var (reports, newman) = (At(row, 5), Convert.ToDouble(row[8], CultureInfo.InvariantCulture));
            var (projection, area, source, target) = (At(row, 0), At(row, 1), At(row, 3), At(row, 4));
            if (before[i] is not var (oldReports, oldNewman))
            {
                // link_totals_insert: both ends' totals gain the row, one after the other, a node new to the view starting at it.
                foreach (var node in new[] { source, target })
                {
                    var total = totals.GetValueOrDefault((projection, area, node)) ?? new LinkTotal();
                    totals[(projection, area, node)] = total;
                    if (!total.Present)
                    {
                        (total.Present, total.Reports, total.Newman, total.Degree) = (true, reports, newman, 1);
                    }
                    else
                    {
                        (total.Reports, total.Newman, total.Degree) = (total.Reports + reports, total.Newman + newman, total.Degree + 1);
                    }
                }

                continue;
            }

            // link_totals_update, after the upsert's own sums: totals + NEW − OLD, each end once.
            var (newReports, newNewman) = (oldReports + reports, oldNewman + newman);
            foreach (var node in source == target ? new[] { source } : [source, target])
            {
                if (totals.GetValueOrDefault((projection, area, node)) is { Present: true } total)
                {
                    total.Reports = total.Reports + newReports - oldReports;
                    total.Newman = total.Newman + newNewman - oldNewman;
                }
            }
        }

        return totals;
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
