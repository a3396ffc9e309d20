using System.Data.Common;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// Tallies of a period range summed while they are read: rows are read as numbers by position (<c>ReadNumbers</c>: no
/// boxed value, no type asked per value) and summed per node and per pair by integer id (<see cref="TallySumTable"/>);
/// names and dates are made once per result row. A date range at a million reports reads 3.5 million month rows of
/// the actors view for 1.8 million pairs (through the data reader into an object a pair, 6.3 s of CPU).
/// Newman's shares are added in the rows' order, by period (then source and target): each pair's months in month
/// order, the order the whole build's merge adds them in, so every sum is the same to the last bit.
/// </summary>
public abstract partial class RelationalReportStore
{
    /// <inheritdoc />
    public TallySet ReadTallySums(TallyScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using var connection = Open();
        using var transaction = BeginSnapshot(connection);
        var (where, parameters) = TallyFilter(scope);
        var nodes = new TallySumTable();
        ReadNumbers(connection, transaction, $"""
            SELECT t.node, t.reports, t.events, t.first_date, t.first_key, t.sources
            FROM node_tallies t WHERE {where} ORDER BY t.period, t.node
            """, parameters, r => nodes.Add(r.Int(0), r.Int(1), r.Int(2), 0, 0.0, r.Int(3), r.Long(4), r.Int(5)));
        var edges = new TallySumTable();
        ReadNumbers(connection, transaction, $"""
            SELECT t.source, t.target, t.reports, t.events, t.led, {MonthRow.Shares(SharesStored(scope))}, t.first_date, t.first_key, t.sources
            FROM edge_tallies t WHERE {where} ORDER BY t.period, t.source, t.target
            """, parameters, r => edges.Add(PairKey.Of(r.Int(0), r.Int(1)), r.Int(2), r.Int(3), r.Int(4), r.Double(5), r.Int(6), r.Long(7), r.Int(8)));
        var names = TallyNames(connection, transaction, nodes, edges);
        transaction.Commit();
        var dates = new Dictionary<int, string>();
        var (nodeTallies, edgeTallies) = (new List<NodeTally>(nodes.Count), new List<EdgeTally>(edges.Count));
        for (var i = 0; i < nodes.Count; i++)
        {
            ref readonly var n = ref nodes[i];
            nodeTallies.Add(new NodeTally(scope.Projection, scope.FirstPeriod, scope.CrimeArea, names[(int)n.Key],
                n.Reports, n.Events, MadeOnce(dates, n.FirstDate, TallyCodes.DateText), n.FirstKey, n.Sources));
        }

        for (var i = 0; i < edges.Count; i++)
        {
            ref readonly var e = ref edges[i];
            edgeTallies.Add(new EdgeTally(scope.Projection, scope.FirstPeriod, scope.CrimeArea, names[PairKey.First(e.Key)], names[PairKey.Second(e.Key)],
                e.Reports, e.Events, e.Led, e.Newman, MadeOnce(dates, e.FirstDate, TallyCodes.DateText), e.FirstKey, e.Sources));
        }

        return new TallySet(nodeTallies, edgeTallies);
    }

    private static void ReadEach(DbConnection connection, DbTransaction transaction, string sql, (string, object?)[] parameters, Action<DbDataReader> each)
    {
        using var command = Sql.Command(connection, sql, transaction, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            each(reader);
        }
    }

    // The names of the ids the sums hold (nodes, and both ends of each pair), read in one pass over tally_names.
    private static Dictionary<int, string> TallyNames(DbConnection connection, DbTransaction transaction, TallySumTable nodes, TallySumTable edges)
    {
        var wanted = new HashSet<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            wanted.Add((int)nodes[i].Key);
        }

        for (var i = 0; i < edges.Count; i++)
        {
            wanted.Add(PairKey.First(edges[i].Key));
            wanted.Add(PairKey.Second(edges[i].Key));
        }

        var names = new Dictionary<int, string>(wanted.Count);
        ReadEach(connection, transaction, "SELECT id, name FROM tally_names", [], r =>
        {
            var id = Sql.Long(r, 0);
            if (id is >= int.MinValue and <= int.MaxValue && wanted.Contains((int)id))
            {
                names[(int)id] = r.GetString(1);
            }
        });
        return names;
    }
}
