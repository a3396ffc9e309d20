using System.Data.Common;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// The reads a bounded picture needs from the tallies: every node's edge totals (over all time kept
/// in link_totals as reports are written, else summed by the database), then the edges among the kept nodes only. A view of 800,000 edges is then answered by
/// moving a few thousand rows, not all of them.
/// </summary>
public abstract partial class RelationalReportStore : IPictureTallies
{
    // Up to this many chosen nodes are matched by parameter lists; more, and the scope's edges are scanned and filtered here.
    private const int MaxListedNodes = 1000;

    /// <inheritdoc />
    public (TallyTotals Totals, IReadOnlyList<EdgeTally> Edges) ReadPictureTallies(
        TallyScope scope, Func<TallyTotals, IReadOnlyCollection<string>> choose, KeptLinkTotals? kept = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(choose);
        if (kept is not null && kept.Scope != scope)
        {
            throw new ArgumentException($"The kept totals sum {kept.Scope}, not {scope}.", nameof(kept));
        }

        if (kept is null)
        {
            return ReadPicture(scope, choose, null);
        }

        // One reader at a time brings the kept totals (and the kept nodes' edges) to its snapshot.
        lock (kept)
        {
            return ReadPicture(scope, choose, kept);
        }
    }

    private (TallyTotals Totals, IReadOnlyList<EdgeTally> Edges) ReadPicture(
        TallyScope scope, Func<TallyTotals, IReadOnlyCollection<string>> choose, KeptLinkTotals? kept)
    {
        using var connection = Open();
        using var transaction = BeginSnapshot(connection);
        var (where, parameters) = TallyFilter(scope);
        var nodes = ReadNodeTallies(connection, transaction, scope, where, parameters);
        var current = kept is not null && BringUpToDate(connection, transaction, kept, where, parameters);
        var links = current ? kept!.Links() : scope.AllTime ? ReadLinkTotals(connection, transaction, scope) : SumLinks(connection, transaction, scope, where, parameters);
        var totals = new TallyTotals(nodes, links);
        var chosen = choose(totals);
        var edges = current
            ? KeptEdgesAmong(connection, transaction, scope, where, parameters, chosen, kept!)
            : ReadEdgesAmong(connection, transaction, scope, where, parameters, chosen);
        transaction.Commit();
        return (totals, edges);
    }

    // Summed from each end apart: grouped by source the rows stream in key order, and only the other
    // end needs a sort. Over one period each row is a distinct neighbour; over months, count them once.
    private static List<NodeLinkTotals> SumLinks(DbConnection connection, DbTransaction transaction, TallyScope scope, string where, (string, object?)[] parameters)
    {
        var links = new Dictionary<string, NodeLinkTotals>(StringComparer.Ordinal);
        foreach (var (end, other) in new[] { ("source", "target"), ("target", "source") })
        {
            var neighbours = scope.AllTime ? "COUNT(*)" : $"COUNT(DISTINCT t.{other})";
            foreach (var half in Sql.Read(connection, transaction, $"""
                SELECT n.name, x.reports, x.newman, x.degree FROM (
                    SELECT t.{end} AS node, SUM(t.reports) AS reports, SUM(t.newman) AS newman, {neighbours} AS degree
                    FROM edge_tallies t WHERE {where} GROUP BY t.{end}) x
                JOIN tally_names n ON n.id = x.node
                """,
                r => new NodeLinkTotals(r.GetString(0), Sql.Long(r, 1), Sql.Double(r, 2), Sql.Int(r, 3)), parameters))
            {
                links[half.Node] = links.TryGetValue(half.Node, out var seen)
                    ? new NodeLinkTotals(half.Node, seen.Reports + half.Reports, seen.Newman + half.Newman, seen.Degree + half.Degree)
                    : half;
            }
        }

        return [.. links.Values];
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
        var ids = listed ? $"(SELECT id FROM tally_names WHERE name IN ({string.Join(", ", names)}))" : "";
        var among = listed ? $" AND t.source IN {ids} AND t.target IN {ids}" : "";
        var edges = Sql.Read(connection, transaction, $"{EdgeTallySelect} WHERE {where}{among}",
            r => kept is null || (kept.Contains(r.GetString(1)) && kept.Contains(r.GetString(2))) ? ReadEdgeTally(r, scope) : null,
            [.. parameters, .. names.Zip(chosen, (n, id) => (n, (object?)id))]);
        return [.. edges.OfType<EdgeTally>()];
    }
}
