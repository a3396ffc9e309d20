using System.Data.Common;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// Every node's all-time link totals (summed edge weights and neighbours per view and crime area), kept in
/// <c>link_totals</c> by triggers on <c>edge_tallies</c> as reports are stored (see the NodeTotals
/// migration). A cold all-time picture reads them by the table's key — about one row per node — instead
/// of summing every edge row of the view, then reads only the edges among the nodes it keeps.
/// </summary>
public abstract partial class RelationalReportStore
{
    /// <summary>The kept all-time link totals of <paramref name="scope"/>'s view and crime area, one per node with an edge.</summary>
    /// <exception cref="ArgumentException">The scope is not an all-time scope (only those are kept).</exception>
    public IReadOnlyList<NodeLinkTotals> StoredLinkTotals(TallyScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using var connection = Open();
        using var transaction = BeginSnapshot(connection);
        var totals = ReadLinkTotals(connection, transaction, scope);
        transaction.Commit();
        return totals;
    }

    /// <summary>The same totals summed from the scope's edge rows, as a picture did before they were kept: the reference they must equal.</summary>
    public IReadOnlyList<NodeLinkTotals> SummedLinkTotals(TallyScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using var connection = Open();
        using var transaction = BeginSnapshot(connection);
        var (where, parameters) = TallyFilter(scope);
        var totals = SumLinks(connection, transaction, scope, where, parameters);
        transaction.Commit();
        return totals;
    }

    private static List<NodeLinkTotals> ReadLinkTotals(DbConnection connection, DbTransaction transaction, TallyScope scope,
        string nodes = "", params (string, object?)[] parameters)
    {
        if (!scope.AllTime)
        {
            throw new ArgumentException($"Link totals are kept over all time only, not for {scope}.", nameof(scope));
        }

        return Sql.Read(connection, transaction, $"""
            SELECT n.name, l.reports, l.newman, l.degree FROM link_totals l JOIN tally_names n ON n.id = l.node
            WHERE l.projection = (SELECT id FROM tally_names WHERE name = @projection)
              AND l.crime_area = (SELECT id FROM tally_names WHERE name = @area) {nodes}
            """,
            r => new NodeLinkTotals(r.GetString(0), Sql.Long(r, 1), Sql.Double(r, 2), Sql.Int(r, 3)),
            [("@projection", scope.Projection), ("@area", scope.CrimeArea), .. parameters]);
    }
}
