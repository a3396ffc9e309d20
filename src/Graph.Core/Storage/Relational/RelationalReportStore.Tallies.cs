using System.Data.Common;
using Graph.Core.Network.Aggregates;

namespace Graph.Core.Storage.Relational;

/// <summary>The write-time tallies every view is read from, and the version that says when they changed.</summary>
public abstract partial class RelationalReportStore
{
    private const string Earlier = "excluded.first_date < {0}.first_date OR (excluded.first_date = {0}.first_date AND excluded.first_key < {0}.first_key)";

    /// <summary>
    /// The sizes multi-row statements are cut to, largest first, so a session prepares a handful of
    /// statement shapes per table and reuses them. Many rows to a statement save a server round trips.
    /// </summary>
    protected virtual IReadOnlyList<int> RowsPerStatement => [64, 16, 4, 1];

    private static readonly string[] EdgeColumns = ["projection", "crime_area", "period", "source", "target", "reports", "events", "led", "newman", "first_date", "first_key", "sources"];
    private static readonly string[] NodeColumns = ["projection", "crime_area", "period", "node", "reports", "events", "first_date", "first_key", "sources"];

    private static readonly string AddEdges = $"""
        ON CONFLICT (projection, crime_area, period, source, target) DO UPDATE SET
            reports = edge_tallies.reports + excluded.reports,
            events = edge_tallies.events + excluded.events,
            led = edge_tallies.led + excluded.led,
            newman = edge_tallies.newman + excluded.newman,
            sources = edge_tallies.sources + excluded.sources,
            first_date = CASE WHEN {string.Format(Earlier, "edge_tallies")} THEN excluded.first_date ELSE edge_tallies.first_date END,
            first_key = CASE WHEN {string.Format(Earlier, "edge_tallies")} THEN excluded.first_key ELSE edge_tallies.first_key END
        """;

    private static readonly string AddNodes = $"""
        ON CONFLICT (projection, crime_area, period, node) DO UPDATE SET
            reports = node_tallies.reports + excluded.reports,
            events = node_tallies.events + excluded.events,
            sources = node_tallies.sources + excluded.sources,
            first_date = CASE WHEN {string.Format(Earlier, "node_tallies")} THEN excluded.first_date ELSE node_tallies.first_date END,
            first_key = CASE WHEN {string.Format(Earlier, "node_tallies")} THEN excluded.first_key ELSE node_tallies.first_key END
        """;

    /// <inheritdoc />
    public long Version()
    {
        using var connection = Open();
        return Sql.Scalar<long>(connection, "SELECT version FROM store_version");
    }

    /// <inheritdoc />
    public TallySet ReadTallies(TallyScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using var connection = Open();
        using var transaction = BeginSnapshot(connection);
        var (where, parameters) = TallyFilter(scope);
        var nodes = ReadNodeTallies(connection, transaction, scope, where, parameters);
        var edges = Sql.Read(connection, transaction, $"{EdgeTallySelect} WHERE {where}", r => ReadEdgeTally(r, scope), parameters);
        transaction.Commit();
        return new TallySet(nodes, edges);
    }

    // The rows of a view (@projection) and crime area (@area) of a tally table aliased t, whatever their period.
    private const string ViewAndArea = """
        t.projection = (SELECT id FROM tally_names WHERE name = @projection)
        AND t.crime_area = (SELECT id FROM tally_names WHERE name = @area)
        """;

    /// <summary>The rows of one scope (view, crime area, period range) of a tally table aliased <c>t</c>, and the parameters it uses, no other.</summary>
    private static (string Where, (string, object?)[] Parameters) TallyFilter(TallyScope scope)
    {
        var periods = scope.AllTime ? "t.period = @first" : "t.period >= @first AND t.period <= @last";
        var first = TallyCodes.Period(scope.FirstPeriod);
        return ($"{ViewAndArea} AND {periods}",
            scope.AllTime ? [("@projection", scope.Projection), ("@area", scope.CrimeArea), ("@first", first)]
                : [("@projection", scope.Projection), ("@area", scope.CrimeArea), ("@first", first), ("@last", TallyCodes.Period(scope.LastPeriod))]);
    }

    private static List<NodeTally> ReadNodeTallies(DbConnection connection, DbTransaction transaction, TallyScope scope, string where, (string, object?)[] parameters) =>
        Sql.Read(connection, transaction, $"""
            SELECT t.period, n.name, t.reports, t.events, t.first_date, t.first_key, t.sources
            FROM node_tallies t JOIN tally_names n ON n.id = t.node
            WHERE {where}
            """,
            r => new NodeTally(scope.Projection, TallyCodes.PeriodText(Sql.Int(r, 0)), scope.CrimeArea, r.GetString(1), Sql.Int(r, 2), Sql.Int(r, 3),
                TallyCodes.DateText(Sql.Int(r, 4)), Sql.Long(r, 5), Sql.Int(r, 6)),
            parameters);

    // Edge rows with their ends' names; callers add "WHERE ...".
    private const string EdgeTallySelect = """
        SELECT t.period, s.name, g.name, t.reports, t.events, t.led, t.newman, t.first_date, t.first_key, t.sources
        FROM edge_tallies t JOIN tally_names s ON s.id = t.source JOIN tally_names g ON g.id = t.target
        """;

    private static EdgeTally ReadEdgeTally(DbDataReader r, TallyScope scope) =>
        new(scope.Projection, TallyCodes.PeriodText(Sql.Int(r, 0)), scope.CrimeArea, r.GetString(1), r.GetString(2), Sql.Int(r, 3), Sql.Int(r, 4),
            Sql.Int(r, 5), Sql.Double(r, 6), TallyCodes.DateText(Sql.Int(r, 7)), Sql.Long(r, 8), Sql.Int(r, 9));

    /// <summary>
    /// Recounts every tally from the stored participations, inside the caller's transaction: how a
    /// database written before the tallies existed gets them.
    /// </summary>
    private protected void RebuildTallies(DbConnection connection, DbTransaction transaction)
    {
        Sql.Execute(connection, "DELETE FROM node_tallies", transaction);
        Sql.Execute(connection, "DELETE FROM edge_tallies", transaction);
        var actors = Sql.Read(connection, transaction, "SELECT id, kind, name, country_code FROM actors", r => ReadActorRow(r, NoAliases))
            .ToDictionary(a => a.Id, a => new ActorFacts(a.Kind, a.CountryCode, a.Name), StringComparer.Ordinal);
        var events = ReadEvents(connection, transaction, "");
        using var session = new WriteSession(connection, transaction) { RowOrder = RowOrder, ChunkSizes = RowsPerStatement, Rows = RowWriter(connection) };
        foreach (var report in events.GroupBy(e => e.ReportId))
        {
            var (nodes, edges) = ReportTallies.Of(report.First().Date, report.Select(TallyEvent.From),
                id => actors.TryGetValue(id, out var facts) ? facts : null);
            AddTallies(session, nodes, edges);
        }
    }

    /// <summary>A transaction whose reads all see one committed state of the database.</summary>
    protected abstract DbTransaction BeginSnapshot(DbConnection connection);

    // Rows go in key order, so concurrent writers lock shared tally rows in the same order and cannot deadlock.
    private static void AddTallies(WriteSession session, List<NodeTally> nodes, List<EdgeTally> edges)
    {
        Upsert(session, "node_tallies", NodeColumns, AddNodes, NodeRows(session, nodes));
        Upsert(session, "edge_tallies", EdgeColumns, AddEdges, EdgeRows(session, edges));
    }

    // A batch's rows as stored (ids and codes), in key order.
    private static List<object?[]> NodeRows(WriteSession session, List<NodeTally> nodes) =>
        [.. nodes.OrderBy(n => (n.Projection, n.CrimeArea, n.Period, n.Node), KeyOrder.Instance)
            .Select(n => (object?[])[.. StoredNodeKey(session, n), n.Reports, n.Events, TallyCodes.Date(n.FirstDate), n.FirstKey, n.Sources])];

    private static List<object?[]> EdgeRows(WriteSession session, List<EdgeTally> edges) =>
        [.. EdgeKeyOrder.Sorted(edges)
            .Select(e => (object?[])[.. StoredEdgeKey(session, e), e.Reports, e.Events, e.Led, e.Newman, TallyCodes.Date(e.FirstDate), e.FirstKey, e.Sources])];

    // The same rows as NodeRows and EdgeRows, in the same order, as typed rows.
    private static (NodeTallyRow[] Nodes, EdgeTallyRow[] Edges) StoredRows(WriteSession session, (List<NodeTally> Nodes, List<EdgeTally> Edges) rows) =>
        (NodeTallyRows(session, rows.Nodes), EdgeTallyRows(session, rows.Edges));

    private static NodeTallyRow[] NodeTallyRows(WriteSession session, List<NodeTally> nodes) =>
        [.. nodes.OrderBy(n => (n.Projection, n.CrimeArea, n.Period, n.Node), KeyOrder.Instance)
            .Select(n => new NodeTallyRow(session.NameId(n.Projection), session.NameId(n.CrimeArea), TallyCodes.Period(n.Period), session.NameId(n.Node),
                n.Reports, n.Events, TallyCodes.Date(n.FirstDate), n.FirstKey, n.Sources))];

    private static EdgeTallyRow[] EdgeTallyRows(WriteSession session, List<EdgeTally> edges) => EdgeKeyOrder.SortedRows(edges, session.NameId);

    /// <summary>A node tally's key as stored: view, crime area, period, node.</summary>
    private static object?[] StoredNodeKey(WriteSession session, NodeTally n) =>
        [session.NameId(n.Projection), session.NameId(n.CrimeArea), TallyCodes.Period(n.Period), session.NameId(n.Node)];

    /// <summary>An edge tally's key as stored: view, crime area, period, source, target.</summary>
    private static object?[] StoredEdgeKey(WriteSession session, EdgeTally e) =>
        [session.NameId(e.Projection), session.NameId(e.CrimeArea), TallyCodes.Period(e.Period), session.NameId(e.Source), session.NameId(e.Target)];

    private static void Upsert(WriteSession session, string table, string[] columns, string onConflict, IEnumerable<object?[]> rows)
    {
        if (session.Rows is { } writer)
        {
            writer.Insert(table, columns, onConflict, rows as IReadOnlyList<object?[]> ?? [.. rows]);
            return;
        }

        foreach (var chunk in Chunks(session, rows))
        {
            var values = new List<string>(chunk.Length);
            var parameters = new (string, object?)[chunk.Length * columns.Length];
            for (var r = 0; r < chunk.Length; r++)
            {
                var names = new string[columns.Length];
                for (var c = 0; c < columns.Length; c++)
                {
                    names[c] = $"@r{r}c{c}";
                    parameters[(r * columns.Length) + c] = (names[c], chunk[r][c]);
                }

                values.Add("(" + string.Join(", ", names) + ")");
            }

            session.Execute($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {string.Join(", ", values)}\n{onConflict}", parameters);
        }
    }

    /// <summary>The rows in order, cut into chunks of the session's sizes, largest first.</summary>
    private static IEnumerable<T[]> Chunks<T>(WriteSession session, IEnumerable<T> rows)
    {
        var all = rows as IReadOnlyList<T> ?? [.. rows];
        var at = 0;
        foreach (var size in session.ChunkSizes)
        {
            for (; all.Count - at >= size; at += size)
            {
                var chunk = new T[size];
                for (var i = 0; i < size; i++)
                {
                    chunk[i] = all[at + i];
                }

                yield return chunk;
            }
        }
    }

    private sealed class KeyOrder : IComparer<(string, string, string, string)>
    {
        public static KeyOrder Instance { get; } = new();

        public int Compare((string, string, string, string) x, (string, string, string, string) y)
        {
            var c = string.CompareOrdinal(x.Item1, y.Item1);
            c = c != 0 ? c : string.CompareOrdinal(x.Item2, y.Item2);
            c = c != 0 ? c : string.CompareOrdinal(x.Item3, y.Item3);
            return c != 0 ? c : string.CompareOrdinal(x.Item4, y.Item4);
        }
    }
}
