using System.Data.Common;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// The reads a bounded picture needs from the tallies: every node's edge totals, summed by the
/// database, then the edges among the kept nodes only. A view of 800,000 edges is then answered by
/// moving a few thousand rows, not all of them.
/// </summary>
public abstract partial class RelationalReportStore : IPictureTallies
{
    // Up to this many chosen nodes are matched by parameter lists; more, and the scope's edges are scanned and filtered here.
    private const int MaxListedNodes = 1000;

    /// <inheritdoc />
    public (TallyTotals Totals, IReadOnlyList<EdgeTally> Edges) ReadPictureTallies(TallyScope scope, Func<TallyTotals, IReadOnlyCollection<string>> choose)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(choose);
        using var connection = Open();
        using var transaction = BeginSnapshot(connection);
        var periods = scope.AllTime ? "period = @first" : "period >= @first AND period <= @last";
        var where = $"projection = @projection AND crime_area = @area AND {periods}";
        (string, object?)[] parameters = [("@projection", scope.Projection), ("@area", scope.CrimeArea), ("@first", scope.FirstPeriod), ("@last", scope.LastPeriod)];
        var nodes = Sql.Read(connection, transaction, $"SELECT period, node, reports, events, first_date, first_key, sources FROM node_tallies WHERE {where}",
            r => new NodeTally(scope.Projection, r.GetString(0), scope.CrimeArea, r.GetString(1), Sql.Int(r, 2), Sql.Int(r, 3), r.GetString(4), Sql.Long(r, 5), Sql.Int(r, 6)),
            parameters);

        // Summed from each end apart: grouped by source the rows stream in key order, and only the other
        // end needs a sort. Over one period each row is a distinct neighbour; over months, count them once.
        var links = new Dictionary<string, NodeLinkTotals>(StringComparer.Ordinal);
        foreach (var (end, other) in new[] { ("source", "target"), ("target", "source") })
        {
            var neighbours = scope.AllTime ? "COUNT(*)" : $"COUNT(DISTINCT {other})";
            foreach (var half in Sql.Read(connection, transaction, $"SELECT {end}, SUM(reports), SUM(newman), {neighbours} FROM edge_tallies WHERE {where} GROUP BY {end}",
                r => new NodeLinkTotals(r.GetString(0), Sql.Long(r, 1), Sql.Double(r, 2), Sql.Int(r, 3)), parameters))
            {
                links[half.Node] = links.TryGetValue(half.Node, out var first)
                    ? new NodeLinkTotals(half.Node, first.Reports + half.Reports, first.Newman + half.Newman, first.Degree + half.Degree)
                    : half;
            }
        }

        var totals = new TallyTotals(nodes, [.. links.Values]);
        var chosen = choose(totals);
        var edges = ReadEdgesAmong(connection, transaction, scope, where, parameters, chosen);
        transaction.Commit();
        return (totals, edges);
    }

    private static List<EdgeTally> ReadEdgesAmong(DbConnection connection, DbTransaction transaction, TallyScope scope, string where,
        (string, object?)[] parameters, IReadOnlyCollection<string> chosen)
    {
        if (chosen.Count == 0)
        {
            return [];
        }

        var listed = chosen.Count <= MaxListedNodes;
        var kept = listed ? null : chosen.ToHashSet(StringComparer.Ordinal);
        var names = listed ? chosen.Select((_, i) => $"@n{i}").ToArray() : [];
        var among = listed ? $" AND source IN ({string.Join(", ", names)}) AND target IN ({string.Join(", ", names)})" : "";
        var edges = Sql.Read(connection, transaction, $"""
            SELECT period, source, target, reports, events, led, newman, first_date, first_key, sources FROM edge_tallies
            WHERE {where}{among}
            """,
            r => (Source: r.GetString(1), Target: r.GetString(2)) is var (source, target) && (kept is null || (kept.Contains(source) && kept.Contains(target)))
                ? new EdgeTally(scope.Projection, r.GetString(0), scope.CrimeArea, source, target, Sql.Int(r, 3), Sql.Int(r, 4),
                    Sql.Int(r, 5), Sql.Double(r, 6), r.GetString(7), Sql.Long(r, 8), Sql.Int(r, 9))
                : null,
            [.. parameters, .. names.Zip(chosen, (n, id) => (n, (object?)id))]);
        return [.. edges.OfType<EdgeTally>()];
    }
}
