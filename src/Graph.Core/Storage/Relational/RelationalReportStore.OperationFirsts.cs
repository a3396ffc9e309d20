namespace Graph.Core.Storage.Relational;

/// <summary>
/// A row of the <c>operations:</c> projections has as its first appearance the earliest among the
/// operations counting it. When a retraction took away the operation that held it, the next one is
/// found among the operations that keep their contribution (<c>operation_tallies</c>) and among the
/// operations of one event, which keep none: those are looked up by the row's month, crime area and
/// ends, and counted again from their event.
/// </summary>
public abstract partial class RelationalReportStore
{
    private const string CountryPrefix = "country:";

    private static void RecountFirsts(WriteSession session, long operation, IEnumerable<(EdgeTally Row, object?[] Key)> orphans)
    {
        foreach (var (row, key) in orphans)
        {
            var node = row.Target.Length == 0;
            object?[] contribution = node ? [.. key, session.NameId("")] : key;
            var candidates = session.Read("""
                SELECT first_date, first_key FROM operation_tallies
                WHERE projection = @k0 AND crime_area = @k1 AND period = @k2 AND source = @k3 AND target = @k4
                ORDER BY first_date, first_key LIMIT 1
                """, r => (Date: TallyCodes.DateText(Sql.Int(r, 0)), Key: Sql.Long(r, 1)), [.. contribution.Select((v, i) => ($"@k{i}", v))]);
            candidates.AddRange(LoneFirst(session, operation, row));
            if (candidates.Count == 0)
            {
                continue;
            }

            var (date, first) = candidates.OrderBy(c => c.Date, StringComparer.Ordinal).ThenBy(c => c.Key).First();
            var (table, ends) = node ? ("node_tallies", "node = @k3") : ("edge_tallies", "source = @k3 AND target = @k4");
            session.Execute($"""
                UPDATE {table} SET first_date = @date, first_key = @first
                WHERE projection = @k0 AND crime_area = @k1 AND period = @k2 AND {ends} AND first_date = @held AND first_key = @heldKey
                """, [.. key.Select((v, i) => ($"@k{i}", v)), ("@date", TallyCodes.Date(date)), ("@first", first),
                    ("@held", TallyCodes.Date(row.FirstDate)), ("@heldKey", row.FirstKey)]);
        }
    }

    /// <summary>The earliest first appearance in a row among the operations of one event other than <paramref name="operation"/>, if any.</summary>
    private static List<(string Date, long Key)> LoneFirst(WriteSession session, long operation, EdgeTally row)
    {
        var conditions = new List<string>
        {
            "oe.operation_id <> @operation",
            "NOT EXISTS (SELECT 1 FROM operation_events x WHERE x.operation_id = oe.operation_id AND x.event_id <> oe.event_id)",
        };
        var parameters = new List<(string, object?)> { ("@operation", operation) };
        if (row.Period.Length == 0)
        {
            conditions.Add("oe.date IS NULL");
        }
        else if (row.Period != TallyScope.All)
        {
            conditions.Add("oe.date >= @from AND oe.date <= @to");
            parameters.AddRange([("@from", row.Period + "-01"), ("@to", row.Period + "-31")]);
        }

        if (row.CrimeArea != TallyScope.All)
        {
            conditions.Add("oe.crime_area = @area");
            parameters.Add(("@area", row.CrimeArea));
        }

        // An end is an actor, or a country that its agencies become in the countries view.
        string[] ends = row.Target.Length == 0 ? [row.Source] : [row.Source, row.Target];
        for (var i = 0; i < ends.Length; i++)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM participations p WHERE p.event_id = oe.event_id AND p.actor_id IN (SELECT id FROM actors WHERE id = @end{i} OR country_code = @code{i}))");
            var code = ends[i].StartsWith(CountryPrefix, StringComparison.Ordinal) ? ends[i][CountryPrefix.Length..] : null;
            parameters.AddRange([($"@end{i}", ends[i]), ($"@code{i}", code)]);
        }

        // A lone operation's first appearance is its event's date, then its event id (the key's high bits),
        // so the first candidate, in that order, that really counts the row holds the earliest.
        var lone = session.Read($"""
            SELECT oe.operation_id FROM operation_events oe WHERE {string.Join(" AND ", conditions)}
            ORDER BY oe.date IS NULL, oe.date, oe.event_id
            """, r => Sql.Long(r, 0), [.. parameters]);
        foreach (var other in lone)
        {
            var (_, nodes, edges) = Contribution(session, other);
            var firsts = row.Target.Length == 0
                ? nodes.Where(n => n.Projection == row.Projection && n.CrimeArea == row.CrimeArea && n.Period == row.Period && n.Node == row.Source)
                    .Select(n => (n.FirstDate, n.FirstKey))
                : edges.Where(e => e.Projection == row.Projection && e.CrimeArea == row.CrimeArea && e.Period == row.Period && e.Source == row.Source && e.Target == row.Target)
                    .Select(e => (e.FirstDate, e.FirstKey));
            foreach (var first in firsts)
            {
                return [first];
            }
        }

        return [];
    }
}
