using System.Data.Common;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// Brings kept link totals (<see cref="KeptLinkTotals"/>) up to the snapshot being read. A report
/// changes the plain projections' tallies only in the pairs of its own events, and the <c>operations:</c>
/// projections only in the pairs of the events of the operations its events joined (a merge moves
/// every event of the merged operations into the one they join); so after a few new reports only those
/// pairs' rows are read again and the totals corrected by the difference. Anything else that moved the
/// version (a curation edit, a report committed out of id order, too many changes) reads every edge.
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
            var names = NameIds(connection, transaction, touched.Nodes);
            var pairs = touched.Pairs.Where(p => names.ContainsKey(p.Source) && names.ContainsKey(p.Target))
                .Select(p => (Source: names[p.Source], Target: names[p.Target])).ToList();
            kept.Apply(mark, names.ToDictionary(n => n.Value, n => n.Key), pairs, CurrentRows(connection, transaction, where, parameters, names.Values));
            return true;
        }

        var all = Sql.Read(connection, transaction, "SELECT id, name FROM tally_names", r => (Id: Sql.Long(r, 0), Name: r.GetString(1)))
            .ToDictionary(n => n.Id, n => n.Name);
        kept.Load(mark, all, EdgeWeights(connection, transaction, where, parameters));
        return true;
    }

    // Streamed, typed: at a million reports this is millions of rows, read once per server start.
    private static IEnumerable<(long Source, long Target, int Reports, double Newman)> EdgeWeights(
        DbConnection connection, DbTransaction transaction, string where, (string, object?)[] parameters)
    {
        using var command = Sql.Command(connection, $"SELECT t.source, t.target, t.reports, t.newman FROM edge_tallies t WHERE {where} ORDER BY t.source, t.target",
            transaction, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetDouble(3));
        }
    }

    /// <summary>
    /// The edge rows among the chosen nodes: the last picture's rows when it kept the same nodes, with
    /// only the pairs the last correction re-read taken again from the store; else all read afresh.
    /// </summary>
    private static IReadOnlyList<EdgeTally> KeptEdgesAmong(DbConnection connection, DbTransaction transaction, TallyScope scope, string where,
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
                var pairs = change.Pairs.Select(p => (Source: kept.NameOf(p.Source)!, Target: kept.NameOf(p.Target)!))
                    .Where(p => set.Contains(p.Source) && set.Contains(p.Target)).ToHashSet();
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
    private static Dictionary<string, long> NameIds(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> names)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in names.Chunk(500))
        {
            var parameters = new List<(string, object?)>();
            var list = InList("n", chunk, parameters);
            foreach (var (id, name) in Sql.Read(connection, transaction, $"SELECT id, name FROM tally_names WHERE name IN ({list})",
                r => (Sql.Long(r, 0), r.GetString(1)), [.. parameters]))
            {
                ids[name] = id;
            }
        }

        return ids;
    }

    /// <summary>The scope's edge rows whose two ends are both among <paramref name="nodes"/>, by their ends' ids.</summary>
    private static Dictionary<(long Source, long Target), (int Reports, double Newman)> CurrentRows(DbConnection connection, DbTransaction transaction,
        string where, (string, object?)[] scopeParameters, IReadOnlyCollection<long> nodes)
    {
        var rows = new Dictionary<(long, long), (int, double)>();
        if (nodes.Count == 0)
        {
            return rows;
        }

        var parameters = new List<(string, object?)>(scopeParameters);
        var list = InList("i", nodes, parameters);
        foreach (var (source, target, reports, newman) in Sql.Read(connection, transaction,
            $"SELECT t.source, t.target, t.reports, t.newman FROM edge_tallies t WHERE {where} AND t.source IN ({list}) AND t.target IN ({list})",
            r => (Sql.Long(r, 0), Sql.Long(r, 1), Sql.Int(r, 2), Sql.Double(r, 3)), [.. parameters]))
        {
            rows[(source, target)] = (reports, newman);
        }

        return rows;
    }
}
