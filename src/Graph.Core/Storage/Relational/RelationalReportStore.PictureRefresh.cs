using System.Data.Common;
using Graph.Core.Model;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// Brings kept totals (<see cref="KeptLinkTotals"/>) up to the snapshot being read. A report changes
/// the plain projections' tallies only in the nodes and pairs of its own events, and the <c>operations:</c>
/// projections only in those of the events of the operations its events joined (a merge moves every
/// event of the merged operations into the one they join); so after a few new reports only those nodes'
/// tallies and link totals are read again (the link totals the store keeps at write time, so a node's new
/// neighbour is counted there). Anything else that moved the version (a curation edit, a report committed
/// out of id order, too many changes) reads every node of the scope again.
/// </summary>
public abstract partial class RelationalReportStore
{
    private const int MaxNewReports = 2000;
    private const int MaxTouchedNodes = 2000;

    /// <summary>Brings <paramref name="kept"/> up to this snapshot; false when the snapshot is older than what it holds.</summary>
    private bool BringUpToDate(DbConnection connection, DbTransaction transaction, KeptLinkTotals kept, string where, (string, object?)[] parameters)
    {
        var was = kept.Mark;
        var (mark, added) = ReadMark(connection, transaction, was?.LastReport ?? 0);
        if (was is not null && mark.Version < was.Version)
        {
            return false;
        }

        if (was is not null && mark == was)
        {
            kept.Confirm(mark);
            return true;
        }

        if (was is not null && mark.Edits == was.Edits && added > 0 && added <= MaxNewReports && mark.Reports - was.Reports == added
            && Touched(connection, transaction, kept.Scope, was.LastReport) is { } touched)
        {
            var ids = NameIds(connection, transaction, touched.Nodes).Values.ToList();
            kept.Apply(mark, touched.Nodes, touched.Pairs, NodeTalliesOf(connection, transaction, kept.Scope, where, parameters, ids),
                LinkTotalsOf(connection, transaction, kept.Scope, ids));
            return true;
        }

        kept.Load(mark, ReadNodeTallies(connection, transaction, kept.Scope, where, parameters), ReadLinkTotals(connection, transaction, kept.Scope));
        return true;
    }

    /// <inheritdoc />
    public (StoreMark Mark, bool Whole, IReadOnlyList<Actor> Actors) ReadActorsSince(StoreMark? since)
    {
        using var connection = Open();
        using var transaction = BeginSnapshot(connection);
        var (mark, added) = ReadMark(connection, transaction, since?.LastReport ?? 0);
        var whole = since is null || mark.Version < since.Version || mark.Edits != since.Edits || added > MaxNewReports || mark.Reports - since.Reports != added;
        var actors = whole ? Sql.Read(connection, transaction, "SELECT id, kind, name, country_code FROM actors", r => ReadActorRow(r, NoAliases))
            : added == 0 ? [] : ActorsNamedAfter(connection, transaction, since!.LastReport);
        transaction.Commit();
        return (mark, whole, actors);
    }

    // The ids first, each list by its own index, then the rows by key: asked as one statement (an IN over a UNION),
    // SQLite's planner in the provider's library walked far more rows (4 s at 100,000 reports against milliseconds).
    private static List<Actor> ActorsNamedAfter(DbConnection connection, DbTransaction transaction, long lastReport)
    {
        var ids = Sql.Read(connection, transaction, "SELECT actor_id FROM mentions WHERE report_id > @last", r => r.GetString(0), ("@last", lastReport))
            .Concat(Sql.Read(connection, transaction, "SELECT p.actor_id FROM events e JOIN participations p ON p.event_id = e.id WHERE e.report_id > @last",
                r => r.GetString(0), ("@last", lastReport)))
            .Distinct(StringComparer.Ordinal).ToList();
        return ReadByKeys(ids, [], (list, parameters) => Sql.Read(connection, transaction, $"SELECT id, kind, name, country_code FROM actors WHERE id IN ({list})",
            r => ReadActorRow(r, NoAliases), parameters));
    }

    /// <summary>The scope's node tallies of the nodes with these tally name ids.</summary>
    private static List<NodeTally> NodeTalliesOf(DbConnection connection, DbTransaction transaction, TallyScope scope, string where,
        (string, object?)[] scopeParameters, IReadOnlyList<long> ids) =>
        ReadByKeys(ids, scopeParameters, (list, parameters) => ReadNodeTallies(connection, transaction, scope, $"{where} AND t.node IN ({list})", parameters));

    /// <summary>The scope's link totals of the nodes with these tally name ids.</summary>
    private static List<NodeLinkTotals> LinkTotalsOf(DbConnection connection, DbTransaction transaction, TallyScope scope, IReadOnlyList<long> ids) =>
        ReadByKeys(ids, [], (list, parameters) => ReadLinkTotals(connection, transaction, scope, $"AND l.node IN ({list})", parameters));

    /// <summary>
    /// The rows a statement gives for a list of keys, asked 500 keys at a time (far under every database's limit on
    /// parameters): <paramref name="read"/> gets the list's parameter names to put in its <c>IN (…)</c>, and the
    /// parameters, <paramref name="scopeParameters"/> first.
    /// </summary>
    private static List<T> ReadByKeys<TKey, T>(IEnumerable<TKey> keys, (string, object?)[] scopeParameters,
        Func<string, (string, object?)[], List<T>> read)
    {
        var rows = new List<T>();
        foreach (var chunk in keys.Chunk(500))
        {
            var parameters = new List<(string, object?)>(scopeParameters);
            var list = InList("k", chunk, parameters);
            rows.AddRange(read(list, [.. parameters]));
        }

        return rows;
    }

    /// <summary>
    /// The edge rows among the chosen nodes: the last picture's rows when it kept the same nodes, with
    /// only the pairs the last correction re-read taken again from the store; else all read afresh.
    /// </summary>
    private IReadOnlyList<EdgeTally> KeptEdgesAmong(DbConnection connection, DbTransaction transaction, TallyScope scope, string where,
        (string, object?)[] parameters, IReadOnlyCollection<string> chosen, KeptLinkTotals kept)
    {
        var set = chosen.ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<EdgeTally>? rows = null;
        if (kept.Among is { } among && among.Chosen.SetEquals(set))
        {
            if (among.Mark == kept.Mark)
            {
                return among.Rows;
            }

            if (kept.LastChange is { } change && change.From == among.Mark)
            {
                var pairs = change.Pairs.Where(p => set.Contains(p.Source) && set.Contains(p.Target)).ToHashSet();
                var ends = pairs.SelectMany(p => new[] { p.Source, p.Target }).ToHashSet(StringComparer.Ordinal);
                var fresh = ends.Count == 0 ? [] : ReadEdgesAmong(connection, transaction, scope, where, parameters, ends);
                rows = [.. among.Rows.Where(r => !pairs.Contains((r.Source, r.Target))), .. fresh.Where(r => pairs.Contains((r.Source, r.Target)))];
            }
        }

        rows ??= ReadEdgesAmong(connection, transaction, scope, where, parameters, set);
        kept.Among = (kept.Mark!, set, rows);
        return rows;
    }

    /// <summary>The store's mark in this snapshot, and how many reports have ids above <paramref name="lastReport"/>.</summary>
    private static (StoreMark Mark, long Added) ReadMark(DbConnection connection, DbTransaction transaction, long lastReport) =>
        Sql.Read(connection, transaction, """
            SELECT (SELECT version FROM store_version), (SELECT COALESCE(MAX(id), 0) FROM reports), (SELECT COUNT(*) FROM reports),
                (SELECT COUNT(*) FROM edits), (SELECT COUNT(*) FROM reports WHERE id > @last)
            """,
            r => (new StoreMark(Sql.Long(r, 0), Sql.Long(r, 1), Sql.Long(r, 2), Sql.Long(r, 3)), Sql.Long(r, 4)), ("@last", lastReport))[0];

    /// <summary>
    /// The node pairs whose rows the reports after <paramref name="lastReport"/> may have changed in the
    /// scope's projection, or null when there are too many to re-read one by one.
    /// </summary>
    private static (HashSet<string> Nodes, HashSet<(string Source, string Target)> Pairs)? Touched(
        DbConnection connection, DbTransaction transaction, TallyScope scope, long lastReport)
    {
        var byOperation = scope.Projection.StartsWith(OperationTallies.Prefix, StringComparison.Ordinal);
        var view = Projection.Views.Single(v => Projection.Name(v) == (byOperation ? scope.Projection[OperationTallies.Prefix.Length..] : scope.Projection));
        var fresh = "SELECT id FROM events WHERE report_id > @last";
        var events = byOperation
            ? $"""
                {fresh} UNION SELECT oe.event_id FROM operation_events oe WHERE oe.operation_id IN (
                    SELECT o.operation_id FROM operation_events o WHERE o.event_id IN ({fresh}))
                """
            : fresh;
        var rows = Sql.Read(connection, transaction, $"""
            SELECT p.event_id, p.actor_id, p.role, a.kind, a.name, a.country_code
            FROM participations p JOIN actors a ON a.id = p.actor_id WHERE p.event_id IN ({events})
            """, r => (Event: Sql.Long(r, 0), Actor: r.GetString(1), Led: r.GetString(2) == "lead",
                Facts: new ActorFacts(r.GetString(3) == "country" ? Model.ActorKind.Country : Model.ActorKind.Agency, Sql.Text(r, 5), r.GetString(4))),
            ("@last", lastReport));
        var facts = rows.GroupBy(r => r.Actor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Facts, StringComparer.Ordinal);
        var (nodes, pairs) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<(string, string)>());
        foreach (var e in rows.GroupBy(r => r.Event))
        {
            var members = ReportTallies.Members(view, new TallyEvent(e.Key, null, [.. e.Select(p => (p.Actor, p.Led))]), a => facts.GetValueOrDefault(a));
            for (var i = 0; i < members.Count; i++)
            {
                nodes.Add(members[i].Node);
                for (var j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = (members[i].Node, members[j].Node);
                    pairs.Add(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a));
                }
            }

            if (nodes.Count > MaxTouchedNodes)
            {
                return null;
            }
        }

        return (nodes, pairs);
    }

    /// <summary>The tally name ids of those of <paramref name="names"/> the store knows.</summary>
    private static Dictionary<string, long> NameIds(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> names) =>
        ReadByKeys(names, [], (list, parameters) => Sql.Read(connection, transaction, $"SELECT id, name FROM tally_names WHERE name IN ({list})",
            r => (Id: Sql.Long(r, 0), Name: r.GetString(1)), parameters))
        .ToDictionary(n => n.Name, n => n.Id, StringComparer.Ordinal);
}
