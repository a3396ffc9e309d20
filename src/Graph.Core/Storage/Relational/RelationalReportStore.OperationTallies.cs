using Graph.Core.Network.Aggregates;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// The tallies counted by operation. What each operation of two or more events added is kept in
/// <c>operation_tallies</c>, so when it gains an event, merges with another or is relinked, its
/// contribution is taken back exactly (counts subtracted, rows left at zero removed, a first appearance
/// it held recomputed from the other operations) and the new one added. An operation of one event, most
/// of them, keeps no copy: what it gave is what its event gives, counted again from the event.
/// </summary>
/// <remarks>
/// An operation gives every row in one month (its first date's, or the undated period), and a row over
/// every crime area in that month has an all-time twin with the same counts (see <see cref="ReportTallies"/>).
/// The copy keeps the month's row only; the all-time twin is made again where the copy is read
/// (<see cref="KeptContribution"/>, <see cref="Held"/>, <see cref="RecountFirsts"/>, <see cref="LowerFirsts"/>):
/// half the rows of the copy and of its index.
/// </remarks>
public abstract partial class RelationalReportStore
{
    private static readonly string[] ContributionColumns =
        ["operation_id", "projection", "crime_area", "period", "source", "target", "reports", "events", "led", "newman", "first_date", "first_key"];



    /// <summary>Adds what an operation now gives to the view tallies, keeping it in <c>operation_tallies</c> once the operation has two events; returns the keys it added to.</summary>
    private static HashSet<(long, long, long, long, long)> ContributeOperation(WriteSession session, long operation)
    {
        var (date, nodes, edges) = Contribution(session, operation);
        session.Execute("UPDATE operations SET first_date = @date WHERE id = @id", ("@date", date), ("@id", operation));
        if (EventCount(session, operation) > 1)
        {
            Upsert(session, "operation_tallies", ContributionColumns, "", Contributions(session, operation, nodes, edges));
        }

        // One operation per row; "sources" carries the reports that tell it.
        AddTallies(session, [.. nodes.Select(n => n with { Reports = 1 })], [.. edges.Select(e => e with { Reports = 1 })]);
        return [.. nodes.Select(n => KeyOf(StoredNodeKey(session, n))), .. edges.Select(e => KeyOf(StoredEdgeKey(session, e)))];
    }

    /// <summary>Writes a lone event's contribution into <c>operation_tallies</c>, before its operation gains a second event.</summary>
    private static void KeepContribution(WriteSession session, long operation)
    {
        var (_, nodes, edges) = Contribution(session, operation);
        Upsert(session, "operation_tallies", ContributionColumns, "", Contributions(session, operation, nodes, edges));
    }

    private static long EventCount(WriteSession session, long operation) =>
        session.Scalar<long>("SELECT COUNT(*) FROM operation_events WHERE operation_id = @operation", ("@operation", operation));

    /// <summary>What an operation gives, counted from its events as they are stored: its first date and its node and edge rows.</summary>
    private static (string? Date, List<NodeTally> Nodes, List<EdgeTally> Edges) Contribution(WriteSession session, long operation)
    {
        var rows = session.Read($"""
            SELECT e.id, e.report_id, e.crime_area, r.date, p.actor_id, p.role
            FROM operation_events oe JOIN events e ON e.id = oe.event_id JOIN reports r ON r.id = e.report_id
            JOIN participations p ON p.event_id = e.id
            WHERE oe.operation_id = @operation ORDER BY e.id, p.{session.RowOrder}
            """, r => (Event: Sql.Long(r, 0), Report: Sql.Long(r, 1), Area: Sql.Text(r, 2), Date: Sql.Text(r, 3), Actor: r.GetString(4), Led: r.GetString(5) == "lead"),
            ("@operation", operation));
        var date = rows.Select(r => r.Date).Where(d => d is not null).Min(StringComparer.Ordinal);
        var parameters = new List<(string, object?)>();
        var among = InList("a", rows.Select(r => r.Actor).Distinct(StringComparer.Ordinal).ToList(), parameters);
        var facts = rows.Count == 0 ? [] : session.Read($"SELECT id, kind, name, country_code FROM actors WHERE id IN ({among})",
            r => (Id: r.GetString(0), Facts: new ActorFacts(r.GetString(1) == "country" ? Model.ActorKind.Country : Model.ActorKind.Agency, Sql.Text(r, 3), r.GetString(2))),
            [.. parameters]).ToDictionary(a => a.Id, a => a.Facts, StringComparer.Ordinal);

        IReadOnlyList<IReadOnlyList<TallyEvent>> reports = [.. rows.GroupBy(r => r.Report).Select(report => (IReadOnlyList<TallyEvent>)[..
            report.GroupBy(r => r.Event).Select(e => new TallyEvent(e.Key, e.First().Area, [.. e.Select(p => (p.Actor, p.Led))]))])];
        var (nodes, edges) = OperationTallies.Of(date is null ? null : IsoDate.Parse(date), reports, a => facts.TryGetValue(a, out var f) ? f : null);
        return (date, nodes, edges);
    }

    /// <summary>What an operation gives, as rows of <c>operation_tallies</c> (a node's target is the empty name; no all-time twins).</summary>
    private static List<object?[]> Contributions(WriteSession session, long operation, List<NodeTally> nodes, List<EdgeTally> edges) =>
    [
        .. nodes.Where(n => n.Period != TallyScope.All)
            .Select(n => (object?[])[operation, .. StoredNodeKey(session, n), session.NameId(""), n.Sources, n.Events, 0, 0.0, TallyCodes.Date(n.FirstDate), n.FirstKey]),
        .. edges.Where(e => e.Period != TallyScope.All)
            .Select(e => (object?[])[operation, .. StoredEdgeKey(session, e), e.Sources, e.Events, e.Led, e.Newman, TallyCodes.Date(e.FirstDate), e.FirstKey]),
    ];

    /// <summary>The same rows as <see cref="Contributions"/>, in the same order (names meet their ids in the same order), as typed rows.</summary>
    private static OperationTallyRow[] ContributionRows(WriteSession session, long operation, List<NodeTally> nodes, List<EdgeTally> edges)
    {
        var rows = new List<OperationTallyRow>(nodes.Count + edges.Count);
        foreach (var n in nodes.Where(n => n.Period != TallyScope.All))
        {
            rows.Add(new OperationTallyRow(operation, session.NameId(n.Projection), session.NameId(n.CrimeArea), TallyCodes.Period(n.Period),
                session.NameId(n.Node), session.NameId(""), n.Sources, n.Events, 0, 0.0, TallyCodes.Date(n.FirstDate), n.FirstKey));
        }

        foreach (var e in edges.Where(e => e.Period != TallyScope.All))
        {
            rows.Add(new OperationTallyRow(operation, session.NameId(e.Projection), session.NameId(e.CrimeArea), TallyCodes.Period(e.Period),
                session.NameId(e.Source), session.NameId(e.Target), e.Sources, e.Events, e.Led, e.Newman, TallyCodes.Date(e.FirstDate), e.FirstKey));
        }

        return [.. rows];
    }

    /// <summary>
    /// Takes back what an operation gave and returns the rows left whose first appearance was its own (a
    /// node's target is empty): the caller recounts them with <see cref="RecountFirsts"/>, or leaves those
    /// the operation, grown, gives again (its events are a superset, so its first appearance there is no later).
    /// </summary>
    private static List<(EdgeTally Row, object?[] Key)> RetractOperation(WriteSession session, long operation)
    {
        List<EdgeTally> given;
        if (EventCount(session, operation) > 1)
        {
            given = [.. KeptContribution(session, operation).Select(Negated)];
            session.Execute("DELETE FROM operation_tallies WHERE operation_id = @operation", ("@operation", operation));
        }
        else
        {
            // A lone event's operation keeps no copy: what it gave is counted again from the event.
            var (_, n, e) = Contribution(session, operation);
            given = [.. n.Select(t => new EdgeTally(t.Projection, t.Period, t.CrimeArea, t.Node, "", -1, -t.Events, 0, 0.0, t.FirstDate, t.FirstKey, -t.Sources)),
                .. e.Select(Negated)];
        }

        return TakeBack(session, given);
    }

    /// <summary>
    /// What an operation of two or more events gave, as <c>operation_tallies</c> keeps it (a node's target is
    /// empty, each row counts the operation once), each row over every crime area followed by its all-time twin.
    /// </summary>
    private static List<EdgeTally> KeptContribution(WriteSession session, long operation)
    {
        var kept = new List<EdgeTally>();
        foreach (var row in session.Read("""
            SELECT p.name, a.name, c.period, s.name, t.name, c.reports, c.events, c.led, c.newman, c.first_date, c.first_key
            FROM operation_tallies c JOIN tally_names p ON p.id = c.projection JOIN tally_names a ON a.id = c.crime_area
            JOIN tally_names s ON s.id = c.source JOIN tally_names t ON t.id = c.target
            WHERE c.operation_id = @operation
            """, r => new EdgeTally(r.GetString(0), TallyCodes.PeriodText(Sql.Int(r, 2)), r.GetString(1), r.GetString(3), r.GetString(4),
                1, Sql.Int(r, 6), Sql.Int(r, 7), Sql.Double(r, 8), TallyCodes.DateText(Sql.Int(r, 9)), Sql.Long(r, 10), Sql.Int(r, 5)),
            ("@operation", operation)))
        {
            kept.Add(row);
            if (row.CrimeArea == TallyScope.All)
            {
                kept.Add(row with { Period = TallyScope.All });
            }
        }

        return kept;
    }

    private static EdgeTally Negated(EdgeTally t) =>
        t with { Reports = -t.Reports, Events = -t.Events, Led = -t.Led, Newman = -t.Newman, Sources = -t.Sources };

    /// <summary>
    /// Subtracts rows an operation gave (counts negative) from the view tallies and returns the rows left
    /// whose first appearance was its own, for <see cref="RecountFirsts"/>.
    /// </summary>
    private static List<(EdgeTally Row, object?[] Key)> TakeBack(WriteSession session, List<EdgeTally> given)
    {
        // The rows read back below must hold what the batch has summed for them so far.
        FlushBatch(session, given);
        var nodes = given.Where(g => g.Target.Length == 0).Select(g => new NodeTally(g.Projection, g.Period, g.CrimeArea, g.Source, -1, g.Events, g.FirstDate, g.FirstKey, g.Sources)).ToList();
        var edges = given.Where(g => g.Target.Length > 0).ToList();
        var nodeKeys = nodes.Select(n => StoredNodeKey(session, n)).ToList();
        var edgeKeys = edges.Select(e => StoredEdgeKey(session, e)).ToList();
        Dictionary<(long, long, long, long, long), (string FirstDate, long FirstKey)> heldNodes, heldEdges;
        if (session.Rows is IKeyedRowWriter keyed)
        {
            heldNodes = SubtractReturning(keyed, "node_tallies", NodeColumns, AddNodes, NodeRows(session, nodes), nodeKeys, NodeKeyMatch);
            heldEdges = SubtractReturning(keyed, "edge_tallies", EdgeColumns, AddEdges, EdgeRows(session, edges), edgeKeys, EdgeKeyMatch);
        }
        else
        {
            AddTallies(session, nodes, edges);
            DeleteEmpty(session, "node_tallies", "node", nodeKeys);
            DeleteEmpty(session, "edge_tallies", "source, target", edgeKeys);
            heldNodes = Held(session, "node_tallies", "node", nodeKeys);
            heldEdges = Held(session, "edge_tallies", "source, target", edgeKeys);
        }

        return
        [
            .. given.Where(g => g.Target.Length == 0).Zip(nodeKeys).Where(p => heldNodes.GetValueOrDefault(KeyOf(p.Second)) == (p.First.FirstDate, p.First.FirstKey)),
            .. edges.Zip(edgeKeys).Where(p => heldEdges.GetValueOrDefault(KeyOf(p.Second)) == (p.First.FirstDate, p.First.FirstKey)),
        ];
    }

    private const string NodeKeyMatch = "node_tallies WHERE projection = ? AND crime_area = ? AND period = ? AND node = ?";
    private const string EdgeKeyMatch = "edge_tallies WHERE projection = ? AND crime_area = ? AND period = ? AND source = ? AND target = ?";

    /// <summary>
    /// The subtraction, the deletes at zero and the read of what the rest hold first, as <see cref="AddTallies"/>,
    /// <see cref="DeleteEmpty"/> and <see cref="Held"/> do them one after another, with the rows' values after
    /// the upsert returned by the upsert itself: the rows reaching zero are deleted in the same order, after every
    /// upsert of the table (the link totals' triggers then add and subtract in the same order), and the others'
    /// first appearance is the one the upsert left.
    /// </summary>
    private static Dictionary<(long, long, long, long, long), (string FirstDate, long FirstKey)> SubtractReturning(IKeyedRowWriter keyed,
        string table, string[] columns, string onConflict, List<object?[]> rows, List<object?[]> keys, string keyMatch)
    {
        var width = keys.Count == 0 ? 0 : keys[0].Length;
        var after = new Dictionary<(long, long, long, long, long), long[]>();
        foreach (var (row, values) in rows.Zip(keyed.InsertReturning(table, columns, onConflict, ["reports", "first_date", "first_key"], rows)))
        {
            after[KeyOf(row[..width])] = values;
        }

        var empty = keys.Select(KeyOf).Distinct().Where(k => after.TryGetValue(k, out var v) && v[0] <= 0).ToHashSet();
        keyed.Run("DELETE FROM " + keyMatch, [.. keys.Where(k => empty.Remove(KeyOf(k)))]);
        return after.Where(a => a.Value[0] > 0).ToDictionary(a => a.Key, a => (TallyCodes.DateText((int)a.Value[1]), a.Value[2]));
    }

    // Rows a retraction left at zero operations go.
    private static void DeleteEmpty(WriteSession session, string table, string ends, IEnumerable<object?[]> keys)
    {
        foreach (var chunk in Chunks(session, keys))
        {
            var (values, parameters) = RowValues(chunk);
            session.Execute($"DELETE FROM {table} WHERE reports <= 0 AND (projection, crime_area, period, {ends}) IN (VALUES {values})", parameters);
        }
    }

    // The rows still there, each key mapped to its first appearance, so only those whose first
    // appearance was the retracted operation's are recomputed. With an operation, the rows of its own
    // contribution: its copy has one month, so a row is found by its key without the period, and a row
    // over every crime area answers for its all-time twin too.
    private static Dictionary<(long, long, long, long, long), (string FirstDate, long FirstKey)> Held(
        WriteSession session, string table, string ends, IEnumerable<object?[]> keys, long? operation = null)
    {
        var held = new Dictionary<(long, long, long, long, long), (string, long)>();
        var width = ends.Contains(',', StringComparison.Ordinal) ? 5 : 4;
        if (operation is not null)
        {
            // Each key once without its period (a month row and its all-time twin ask the same copy row).
            keys = keys.Select(k => (object?[])[k[0], k[1], .. k[3..]]).DistinctBy(k => KeyOf(k)).ToList();
        }

        var match = operation is null ? "period, " : "";
        foreach (var chunk in Chunks(session, keys))
        {
            var (values, parameters) = RowValues(chunk);
            var own = operation is null ? "" : "operation_id = @operation AND ";
            parameters = operation is null ? parameters : [.. parameters, ("@operation", operation)];
            foreach (var (key, date, first) in session.Read($"SELECT projection, crime_area, period, {ends}, first_date, first_key FROM {table} WHERE {own}(projection, crime_area, {match}{ends}) IN (VALUES {values})",
                r => (Key: Enumerable.Range(0, width).Select(c => (object?)Sql.Long(r, c)).ToArray(), Date: Sql.Int(r, width), First: Sql.Long(r, width + 1)), parameters))
            {
                held[KeyOf(key)] = (TallyCodes.DateText(date), first);
                if (operation is not null && Convert.ToInt64(key[1], System.Globalization.CultureInfo.InvariantCulture) == session.NameId(TallyScope.All))
                {
                    held[KeyOf([key[0], key[1], (long)TallyCodes.AllTime, .. key[3..]])] = (TallyCodes.DateText(date), first);
                }
            }
        }

        return held;
    }

    /// <summary>A stored key (four ids for a node, five for an edge) as <see cref="Held"/> keys it.</summary>
    private static (long, long, long, long, long) KeyOf(object?[] key)
    {
        long At(int i) => i < key.Length ? Convert.ToInt64(key[i], System.Globalization.CultureInfo.InvariantCulture) : -1;
        return (At(0), At(1), At(2), At(3), At(4));
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
