using Graph.Core.Network.Aggregates;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// The tallies counted by operation. What each operation added is kept in <c>operation_tallies</c>, so
/// when an operation gains an event, merges with another or is relinked, its contribution is taken back
/// exactly (counts subtracted, rows left at zero removed, a first appearance it held recomputed from
/// the other operations) and the new one added.
/// </summary>
public abstract partial class RelationalReportStore
{
    private static readonly string[] ContributionColumns =
        ["operation_id", "projection", "crime_area", "period", "source", "target", "reports", "events", "led", "newman", "first_date", "first_key"];

    private const string NodeKey = "projection = @projection AND crime_area = @area AND period = @period AND node = @node";
    private const string EdgeKey = "projection = @projection AND crime_area = @area AND period = @period AND source = @source AND target = @target";

    // The other operations' contributions to the row a retraction updates (its own are already deleted).
    private const string NodeContribution = "c.projection = @projection AND c.crime_area = @area AND c.period = @period AND c.source = @node AND c.target = ''";
    private const string EdgeContribution = "c.projection = @projection AND c.crime_area = @area AND c.period = @period AND c.source = @source AND c.target = @target";

    private static void ContributeOperation(WriteSession session, long operation)
    {
        var rows = session.Read($"""
            SELECT e.id, e.report_id, e.crime_area, r.date, p.actor_id, p.role
            FROM operation_events oe JOIN events e ON e.id = oe.event_id JOIN reports r ON r.id = e.report_id
            JOIN participations p ON p.event_id = e.id
            WHERE oe.operation_id = @operation ORDER BY e.id, p.{session.RowOrder}
            """, r => (Event: Sql.Long(r, 0), Report: Sql.Long(r, 1), Area: Sql.Text(r, 2), Date: Sql.Text(r, 3), Actor: r.GetString(4), Led: r.GetString(5) == "lead"),
            ("@operation", operation));
        var date = rows.Select(r => r.Date).Where(d => d is not null).Min(StringComparer.Ordinal);
        session.Execute("UPDATE operations SET first_date = @date WHERE id = @id", ("@date", date), ("@id", operation));
        var parameters = new List<(string, object?)>();
        var among = InList("a", rows.Select(r => r.Actor).Distinct(StringComparer.Ordinal).ToList(), parameters);
        var facts = rows.Count == 0 ? [] : session.Read($"SELECT id, kind, name, country_code FROM actors WHERE id IN ({among})",
            r => (Id: r.GetString(0), Facts: new ActorFacts(r.GetString(1) == "country" ? Model.ActorKind.Country : Model.ActorKind.Agency, Sql.Text(r, 3), r.GetString(2))),
            [.. parameters]).ToDictionary(a => a.Id, a => a.Facts, StringComparer.Ordinal);

        IReadOnlyList<IReadOnlyList<TallyEvent>> reports = [.. rows.GroupBy(r => r.Report).Select(report => (IReadOnlyList<TallyEvent>)[..
            report.GroupBy(r => r.Event).Select(e => new TallyEvent(e.Key, e.First().Area, [.. e.Select(p => (p.Actor, p.Led))]))])];
        var (nodes, edges) = OperationTallies.Of(date is null ? null : IsoDate.Parse(date), reports, a => facts.TryGetValue(a, out var f) ? f : null);
        Upsert(session, "operation_tallies", ContributionColumns, "", nodes
            .Select(n => new object?[] { operation, n.Projection, n.CrimeArea, n.Period, n.Node, "", n.Sources, n.Events, 0, 0.0, n.FirstDate, n.FirstKey })
            .Concat(edges.Select(e => new object?[] { operation, e.Projection, e.CrimeArea, e.Period, e.Source, e.Target, e.Sources, e.Events, e.Led, e.Newman, e.FirstDate, e.FirstKey })));

        // One operation per row; "sources" carries the reports that tell it.
        AddTallies(session, [.. nodes.Select(n => n with { Reports = 1 })], [.. edges.Select(e => e with { Reports = 1 })]);
    }

    private static void RetractOperation(WriteSession session, long operation)
    {
        var given = session.Read("""
            SELECT projection, crime_area, period, source, target, reports, events, led, newman, first_date, first_key
            FROM operation_tallies WHERE operation_id = @operation
            """, r => new EdgeTally(r.GetString(0), r.GetString(2), r.GetString(1), r.GetString(3), r.GetString(4),
                -1, -Sql.Int(r, 6), -Sql.Int(r, 7), -Sql.Double(r, 8), r.GetString(9), Sql.Long(r, 10), -Sql.Int(r, 5)),
            ("@operation", operation));
        session.Execute("DELETE FROM operation_tallies WHERE operation_id = @operation", ("@operation", operation));
        var nodes = given.Where(g => g.Target.Length == 0).Select(g => new NodeTally(g.Projection, g.Period, g.CrimeArea, g.Source, -1, g.Events, g.FirstDate, g.FirstKey, g.Sources)).ToList();
        var edges = given.Where(g => g.Target.Length > 0).ToList();
        AddTallies(session, nodes, edges);
        DeleteEmpty(session, "node_tallies", "node", nodes.Select(n => new object?[] { n.Projection, n.CrimeArea, n.Period, n.Node }));
        DeleteEmpty(session, "edge_tallies", "source, target", edges.Select(e => new object?[] { e.Projection, e.CrimeArea, e.Period, e.Source, e.Target }));
        var heldNodes = Held(session, "node_tallies", "node", nodes.Select(n => new object?[] { n.Projection, n.CrimeArea, n.Period, n.Node }));
        foreach (var n in nodes.Where(n => heldNodes.Contains((n.Projection, n.CrimeArea, n.Period, n.Node, "", n.FirstDate, n.FirstKey))))
        {
            (string, object?)[] key = [("@projection", n.Projection), ("@area", n.CrimeArea), ("@period", n.Period), ("@node", n.Node), ("@first", n.FirstDate), ("@key", n.FirstKey)];
            session.Execute($"""
                UPDATE node_tallies SET
                    first_date = (SELECT c.first_date FROM operation_tallies c WHERE {NodeContribution} ORDER BY c.first_date, c.first_key LIMIT 1),
                    first_key = (SELECT c.first_key FROM operation_tallies c WHERE {NodeContribution} ORDER BY c.first_date, c.first_key LIMIT 1)
                WHERE {NodeKey} AND first_date = @first AND first_key = @key
                """, key);
        }

        var heldEdges = Held(session, "edge_tallies", "source, target", edges.Select(e => new object?[] { e.Projection, e.CrimeArea, e.Period, e.Source, e.Target }));
        foreach (var e in edges.Where(e => heldEdges.Contains((e.Projection, e.CrimeArea, e.Period, e.Source, e.Target, e.FirstDate, e.FirstKey))))
        {
            (string, object?)[] key = [("@projection", e.Projection), ("@area", e.CrimeArea), ("@period", e.Period), ("@source", e.Source), ("@target", e.Target), ("@first", e.FirstDate), ("@key", e.FirstKey)];
            session.Execute($"""
                UPDATE edge_tallies SET
                    first_date = (SELECT c.first_date FROM operation_tallies c WHERE {EdgeContribution} ORDER BY c.first_date, c.first_key LIMIT 1),
                    first_key = (SELECT c.first_key FROM operation_tallies c WHERE {EdgeContribution} ORDER BY c.first_date, c.first_key LIMIT 1)
                WHERE {EdgeKey} AND first_date = @first AND first_key = @key
                """, key);
        }
    }

    // Rows a retraction left at zero operations go.
    private static void DeleteEmpty(WriteSession session, string table, string ends, IEnumerable<object?[]> keys)
    {
        foreach (var chunk in Chunks(keys))
        {
            var (values, parameters) = RowValues(chunk);
            session.Execute($"DELETE FROM {table} WHERE reports <= 0 AND (projection, crime_area, period, {ends}) IN (VALUES {values})", parameters);
        }
    }

    // The rows still there and their first appearance (key, then first date and key), so only those
    // whose first appearance was the retracted operation's are recomputed.
    // With an operation, the rows of its own contribution.
    private static HashSet<(string, string, string, string, string, string, long)> Held(
        WriteSession session, string table, string ends, IEnumerable<object?[]> keys, long? operation = null)
    {
        var own = operation is null ? "" : "operation_id = @operation AND ";
        var held = new HashSet<(string, string, string, string, string, string, long)>();
        var edge = ends.Contains(',', StringComparison.Ordinal);
        foreach (var chunk in Chunks(keys))
        {
            var (values, parameters) = RowValues(chunk);
            parameters = operation is null ? parameters : [.. parameters, ("@operation", operation)];
            held.UnionWith(session.Read($"SELECT projection, crime_area, period, {ends}, first_date, first_key FROM {table} WHERE {own}(projection, crime_area, period, {ends}) IN (VALUES {values})",
                r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), edge ? r.GetString(4) : "", r.GetString(edge ? 5 : 4), Sql.Long(r, edge ? 6 : 5)), parameters));
        }

        return held;
    }

    private static (string Values, (string, object?)[] Parameters) RowValues(object?[][] rows)
    {
        var parameters = new List<(string, object?)>();
        var values = string.Join(", ", rows.Select((row, r) => "(" + string.Join(", ", row.Select((value, c) =>
        {
            parameters.Add(($"@k{r}c{c}", value));
            return $"@k{r}c{c}";
        })) + ")"));
        return (values, [.. parameters]);
    }
}
