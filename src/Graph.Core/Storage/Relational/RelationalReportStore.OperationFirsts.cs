namespace Graph.Core.Storage.Relational;

/// <summary>
/// A row of the <c>operations:</c> projections has as its first appearance the earliest among the
/// operations counting it. When a retraction took away the operation that held it, the next one is
/// found among the operations that keep their contribution (<c>operation_tallies</c>, by its month rows:
/// an all-time row's are those of every month) and among the
/// operations of one event, which keep none: those are found by <see cref="LoneFirsts"/>.
/// </summary>
public abstract partial class RelationalReportStore
{
    private static void RecountFirsts(WriteSession session, long operation, IEnumerable<(EdgeTally Row, object?[] Key)> orphans)
    {
        var rows = new List<(EdgeTally Row, object?[] Key, List<(string Date, long Key)> Copies)>();
        var alone = new List<EdgeTally>();
        foreach (var (row, key) in orphans)
        {
            var node = row.Target.Length == 0;
            object?[] contribution = node ? [.. key, session.NameId("")] : key;

            // The copies keep no all-time rows: an all-time row's copies are the month rows of every operation counting it.
            var month = row.Period == TallyScope.All ? "" : "period = @k2 AND ";
            var copies = session.Read($"""
                SELECT first_date, first_key FROM operation_tallies
                WHERE projection = @k0 AND crime_area = @k1 AND source = @k3 AND target = @k4 AND {month}period <> {TallyCodes.AllTime}
                ORDER BY first_date, first_key
                """, r => (Date: TallyCodes.DateText(Sql.Int(r, 0)), Key: Sql.Long(r, 1)), [.. contribution.Select((v, i) => ($"@k{i}", v))]);
            rows.Add((row, key, copies));

            // The row counts each operation once: when those keeping a copy are all of them, none of one event counts it.
            var (table, ends) = node ? ("node_tallies", "node = @k3") : ("edge_tallies", "source = @k3 AND target = @k4");
            // A row gone since (an import's link takes several operations back before it counts any again) waits for nothing.
            var operations = session.Scalar<long?>($"SELECT reports FROM {table} WHERE projection = @k0 AND crime_area = @k1 AND period = @k2 AND {ends}",
                [.. key.Select((v, i) => ($"@k{i}", v))]) ?? 0;
            if (operations > copies.Count)
            {
                alone.Add(row);
            }
        }

        var walking = WriteProfile.Now();
        var lone = LoneFirsts(session, operation, alone);
        WriteProfile.Lap(WritePhase.LoneWalks, walking);
        foreach (var (row, key, candidates) in rows)
        {
            if (lone.TryGetValue(RowKey(row), out var first))
            {
                candidates.Add(first);
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            var (date, earliest) = candidates.OrderBy(c => c.Date, StringComparer.Ordinal).ThenBy(c => c.Key).First();
            var table = row.Target.Length == 0 ? "node_tallies" : "edge_tallies";
            var match = row.Target.Length == 0 ? "node = @k3" : "source = @k3 AND target = @k4";
            session.Execute($"""
                UPDATE {table} SET first_date = @date, first_key = @first
                WHERE projection = @k0 AND crime_area = @k1 AND period = @k2 AND {match} AND first_date = @held AND first_key = @heldKey
                """, [.. key.Select((v, i) => ($"@k{i}", v)), ("@date", TallyCodes.Date(date)), ("@first", earliest),
                    ("@held", TallyCodes.Date(row.FirstDate)), ("@heldKey", row.FirstKey)]);
        }
    }
}
