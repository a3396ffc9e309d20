using System.Diagnostics;
using System.Data.Common;
using System.Runtime.InteropServices;
using Graph.Core.Model;
using Graph.Core.Vocabulary;

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

    // A scope of months is read in at most this many runs at once (see MonthParts).
    private const int MaxMonthParts = 4;

    /// <summary>
    /// A scope of months with at most this many nodes keeps every row its sums read, whole, for the edges among the chosen
    /// nodes; a larger one reads those rows again (see <c>MonthRows</c>). Tests lower it to read them again in a small store.
    /// </summary>
    internal int KeepMonthRowsUpToNodes { get; set; } = MaxListedNodes;

    // Up to this many months of a run are listed when its rows among the chosen nodes are sought (see MonthRows).
    private const int MaxListedMonths = 240;

    /// <summary>
    /// Whether the rows among the chosen nodes are sought with their targets listed in the query, so that the database
    /// sends only those (a server across a network); else the rows of the chosen sources come and their targets are checked here.
    /// </summary>
    private protected virtual bool SeeksAmongTargets => true;

    /// <inheritdoc />
    public (TallyTotals Totals, IReadOnlyList<EdgeTally> Edges) ReadPictureTallies(
        TallyScope scope, Func<TallyTotals, IReadOnlyCollection<string>> choose, KeptLinkTotals? kept = null, Task<TallySet>? counted = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(choose);
        if (kept is not null && kept.Scope != scope)
        {
            throw new ArgumentException($"The kept totals sum {kept.Scope}, not {scope}.", nameof(kept));
        }

        if (counted is not null && (scope.AllTime || kept is not null))
        {
            throw new ArgumentException($"Counted tallies are added to a scope of months read whole, not to {scope}.", nameof(counted));
        }

        if (kept is null)
        {
            return ReadPicture(scope, choose, null, counted);
        }

        // One reader at a time brings the kept totals (and the kept nodes' edges) to its snapshot.
        lock (kept)
        {
            return ReadPicture(scope, choose, kept, null);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<DayEvent> ReadDayEvents(DateOnly from, DateOnly to, string? crimeArea)
    {
        using var connection = Open();
        using var transaction = BeginSnapshot(connection);
        var (where, parameters) = EventFilter(new EventQuery(from, to, crimeArea));
        // The events picked first (one pass over them), then their participations by key: driven by the
        // participations' order, a database scans all of them (850,000 at 100,000 reports) for a few thousand.
        // Both come in event order and are joined by walking them together; a role arrives as whether it leads, and each
        // event's id as a number, not an object (a range's cut days at a million reports are 90,000 participations).
        var participants = Sql.Read(connection, transaction, $"""
            SELECT p.event_id, p.actor_id, p.role = '{RoleNames.Lead}' FROM participations p
            WHERE p.event_id IN (SELECT e.id FROM events e JOIN reports r ON r.id = e.report_id {where})
            ORDER BY p.event_id, p.{RowOrder}
            """, r => (Event: r.GetInt64(0), Actor: r.GetString(1), Led: r.GetBoolean(2)), parameters);
        var at = 0;
        var events = Sql.Read(connection, transaction, $"""
            SELECT e.id, e.report_id, r.date, e.crime_area, oe.operation_id
            FROM events e JOIN reports r ON r.id = e.report_id LEFT JOIN operation_events oe ON oe.event_id = e.id {where} ORDER BY e.id
            """, r =>
            {
                var id = r.GetInt64(0);
                var start = at;
                for (; at < participants.Count && participants[at].Event <= id; at++)
                {
                    start = participants[at].Event < id ? at + 1 : start;
                }

                var taking = new (string, bool)[at - start];
                for (var i = 0; i < taking.Length; i++)
                {
                    taking[i] = (participants[start + i].Actor, participants[start + i].Led);
                }

                return new DayEvent(id, r.GetInt64(1), ParseDate(r, 2), Sql.Text(r, 3), r.IsDBNull(4) ? null : r.GetInt64(4), taking);
            }, parameters);
        transaction.Commit();
        return events;
    }

    private (TallyTotals Totals, IReadOnlyList<EdgeTally> Edges) ReadPicture(
        TallyScope scope, Func<TallyTotals, IReadOnlyCollection<string>> choose, KeptLinkTotals? kept, Task<TallySet>? counting)
    {
        using var connection = Open();
        using var transaction = BeginSnapshot(connection);
        var (where, parameters) = TallyFilter(scope);
        // Months summed here: node and edge rows are read by integer id and named once from the names the link pass reads.
        var months = kept is null && !scope.AllTime ? new MonthRows() : null;
        var current = kept is not null && BringUpToDate(connection, transaction, kept, where, parameters);
        var nodes = current ? kept!.Nodes() : months is null ? ReadNodeTallies(connection, transaction, scope, where, parameters) : null;
        months?.ReadNodes(this, connection, transaction, where, parameters);
        var links = current ? kept!.Links()
            : scope.AllTime ? ReadLinkTotals(connection, transaction, scope)
            : SumMonthLinks(connection, transaction, where, parameters, counting, months, SharesStored(scope));
        nodes ??= months!.Nodes(scope);
        // Counted while the store's rows were read (by the time the links are summed it is done).
        var counted = counting?.GetAwaiter().GetResult();
        var totals = new TallyTotals(counted is null ? nodes : [.. nodes, .. counted.Nodes], links);
        var chosen = choose(totals);
        var edges = current ? KeptEdgesAmong(connection, transaction, scope, where, parameters, chosen, kept!)
            : months is not null ? months.Among(this, connection, transaction, scope, where, chosen)
            : ReadEdgesAmong(connection, transaction, scope, where, parameters, chosen);
        transaction.Commit();
        if (counted is not null && chosen.Count > 0)
        {
            var among = chosen.ToHashSet(StringComparer.Ordinal);
            edges = [.. edges, .. counted.Edges.Where(e => among.Contains(e.Source) && among.Contains(e.Target))];
        }

        return (totals, edges);
    }

    /// <summary>
    /// Runs each part's query, its rows to its own callback, inside <paramref name="transaction"/>'s snapshot: here one after
    /// the other on its connection; a store may read them at once on connections that share the snapshot.
    /// </summary>
    private protected virtual void ReadNumberParts(DbConnection connection, DbTransaction transaction, IReadOnlyList<NumberQuery> parts)
    {
        foreach (var part in parts)
        {
            ReadNumbers(connection, transaction, part.Sql, part.Parameters, part.Each);
        }
    }

    /// <summary>A query of number columns, its parameters, and what is done with each of its rows.</summary>
    private protected sealed record NumberQuery(string Sql, (string Name, object? Value)[] Parameters, Action<INumberRow> Each);

    // Over all time, summed from each end apart: grouped by source the rows stream in key order, and only the
    // other end needs a sort; each row is a distinct neighbour. Over months, SumMonthLinks counts each pair once.
    private List<NodeLinkTotals> SumLinks(DbConnection connection, DbTransaction transaction, TallyScope scope, string where, (string, object?)[] parameters)
    {
        if (!scope.AllTime)
        {
            return SumMonthLinks(connection, transaction, where, parameters, null, null, SharesStored(scope));
        }

        var links = new Dictionary<string, NodeLinkTotals>(StringComparer.Ordinal);
        foreach (var end in new[] { "source", "target" })
        {
            foreach (var half in Sql.Read(connection, transaction, $"""
                SELECT n.name, x.reports, x.newman, x.degree FROM (
                    SELECT t.{end} AS node, SUM(t.reports) AS reports, SUM(t.newman) AS newman, COUNT(*) AS degree
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

    // Over months a pair has a row per month: the rows are read once by integer id, in key order, and summed
    // per node here in arrays indexed by id (the store's ids are small and dense), each pair counted once as a
    // neighbour, instead of two GROUP BYs that each sort every row and count distinct neighbours. Newman's shares
    // are added in each run's rows' order, the runs' sums in the runs' order (a node's share of a range may so differ
    // in its last bit from one run's sum; no weighting of a range reads it), then the counted edges' (tallied outside
    // the store) in theirs; a view counted by operation stores no shares, and its zeros are not read. Only the columns
    // the sums need are read (decoding a row's ten columns cost twice its three): given rows to fill, the runs are
    // kept there so that the chosen nodes' edges are then read from the same months (MonthRows.Among). The neighbours
    // are counted at the end from the pairs' keys, which each month gives in order (LinkSums): a set of the pairs seen
    // (250,000 of 550,000 rows at 100,000 reports) cost a random memory access a row.
    private List<NodeLinkTotals> SumMonthLinks(DbConnection connection, DbTransaction transaction, string where, (string, object?)[] parameters,
        Task<TallySet>? counting, MonthRows? rows, bool shares)
    {
        var names = new Dictionary<int, string>();
        ReadEach(connection, transaction, "SELECT id, name FROM tally_names", [], r => names[(int)Sql.Long(r, 0)] = r.GetString(1));
        rows?.Named(names);
        // The months in runs read at once where the store can, each run's sums its own, added in the runs' order.
        var size = names.Count == 0 ? 1 : names.Keys.Max() + 1;
        var parts = MonthParts(connection, transaction, where, parameters).Select(p => (Parameters: p, Sums: new LinkSums(size))).ToList();
        var kept = rows?.Runs([.. parts.Select(p => p.Parameters)], KeepMonthRowsUpToNodes);
        var columns = kept is not null ? MonthRow.Columns(shares) : $"t.source, t.target, t.reports, {MonthRow.Shares(shares)}";
        ReadNumberParts(connection, transaction, [.. parts.Select((part, i) => new NumberQuery(
            $"SELECT {columns} FROM edge_tallies t WHERE {where} ORDER BY t.period, t.source, t.target", part.Parameters, kept is not null
                ? r =>
                {
                    var row = MonthRow.Of(r);
                    part.Sums.Add(row.Source, row.Target, row.Reports, row.Newman);
                    kept[i].Add(row);
                }
                : r => part.Sums.Add(r.Int(0), r.Int(1), r.Int(2), r.Double(3))))]);
        var sums = parts[0].Sums;
        parts.Skip(1).ToList().ForEach(part => sums.Add(part.Sums));

        if (counting?.GetAwaiter().GetResult() is { Edges.Count: > 0 } counted)
        {
            // A name the store has not seen (written after this snapshot) gets the next id past the store's.
            var ids = names.ToDictionary(n => n.Value, n => n.Key, StringComparer.Ordinal);
            int Id(string name)
            {
                if (!ids.TryGetValue(name, out var id))
                {
                    id = sums.Grow();
                    (ids[name], names[id]) = (id, name);
                }

                return id;
            }

            foreach (var e in counted.Edges)
            {
                sums.AddLoose(Id(e.Source), Id(e.Target), e.Reports, e.Newman);
            }
        }

        sums.CountNeighbours();
        return [.. sums.Touched.Select(id => new NodeLinkTotals(names[id], sums.Reports[id], sums.Newman[id], sums.Degree[id]))];
    }

    // The views counted by operation store no Newman shares (OperationTallies writes zeros): their sums need not read them.
    private static bool SharesStored(TallyScope scope) => !scope.Projection.StartsWith(Network.Aggregates.OperationTallies.Prefix, StringComparison.Ordinal);

    /// <summary>
    /// A scope of months' parameters split into runs of whole months, one a core (at most <see cref="MaxMonthParts"/>), each
    /// with its own first and last month, over the months the scope holds rows of; a single month or all time stays whole.
    /// </summary>
    private List<(string Name, object? Value)[]> MonthParts(DbConnection connection, DbTransaction transaction, string where, (string Name, object? Value)[] parameters)
    {
        var cores = Math.Min(Environment.ProcessorCount, MaxMonthParts);
        if (cores < 2 || !parameters.Any(p => p.Name == "@last"))
        {
            return [parameters];
        }

        var (from, to) = (0, -1);
        ReadNumbers(connection, transaction, $"SELECT COALESCE(MIN(t.period), 0), COALESCE(MAX(t.period), -1) FROM node_tallies t WHERE {where}", parameters,
            r => (from, to) = (r.Int(0), r.Int(1)));
        var months = to - from + 1;
        if (months < 2)
        {
            return [parameters];
        }

        var count = Math.Min(cores, months);
        return [.. Enumerable.Range(0, count).Select(i => parameters.Select(p => p.Name switch
        {
            "@first" => (p.Name, (object?)(from + (months * i / count))),
            "@last" => (p.Name, (object?)(from + (months * (i + 1) / count) - 1)),
            _ => p,
        }).ToArray())];
    }

    // The chosen nodes' ids are read first, then their edge rows as numbers: each name and first date is made once,
    // not once a row (the rows among 300 nodes are up to 44,850; named by the database, two new strings each).
    private List<EdgeTally> ReadEdgesAmong(DbConnection connection, DbTransaction transaction, TallyScope scope, string where,
        (string, object?)[] parameters, IReadOnlyCollection<string> chosen)
    {
        if (chosen.Count == 0)
        {
            return [];
        }

        if (chosen.Count > MaxListedNodes)
        {
            return ReadEdgesAmongMany(connection, transaction, scope, where, parameters, chosen);
        }

        var names = chosen.Select((_, i) => $"@n{i}").ToArray();
        var named = new Dictionary<int, string>(chosen.Count);
        ReadEach(connection, transaction, $"SELECT id, name FROM tally_names WHERE name IN ({string.Join(", ", names)})",
            [.. names.Zip(chosen, (n, name) => (n, (object?)name))], r => named[(int)Sql.Long(r, 0)] = r.GetString(1));
        if (named.Count == 0)
        {
            return [];
        }

        var ids = string.Join(", ", named.Keys.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var dates = new Dictionary<int, string>();
        var edges = new List<EdgeTally>();
        ReadNumbers(connection, transaction, $"""
            SELECT t.period, t.source, t.target, t.reports, t.events, t.led, t.newman, t.first_date, t.first_key, t.sources
            FROM edge_tallies t WHERE {where} AND t.source IN ({ids}) AND t.target IN ({ids})
            """, parameters, r => edges.Add(new EdgeTally(scope.Projection, TallyCodes.PeriodText(r.Int(0)), scope.CrimeArea, named[r.Int(1)], named[r.Int(2)],
                r.Int(3), r.Int(4), r.Int(5), r.Double(6), MadeOnce(dates, r.Int(7), TallyCodes.DateText), r.Long(8), r.Int(9))));
        return edges;
    }

    // Too many nodes to list: the scope's rows are read by integer id and kept when both ends were chosen;
    // names and dates are made for the kept rows only, each once.
    private static List<EdgeTally> ReadEdgesAmongMany(DbConnection connection, DbTransaction transaction, TallyScope scope, string where,
        (string, object?)[] parameters, IReadOnlyCollection<string> chosen)
    {
        var wanted = chosen.ToHashSet(StringComparer.Ordinal);
        var kept = new Dictionary<int, string>(wanted.Count);
        ReadEach(connection, transaction, "SELECT id, name FROM tally_names", [], r =>
        {
            if (wanted.Contains(r.GetString(1)))
            {
                kept[(int)Sql.Long(r, 0)] = r.GetString(1);
            }
        });
        var dates = new Dictionary<int, string>();
        var edges = new List<EdgeTally>();
        ReadEach(connection, transaction, $"""
            SELECT t.period, t.source, t.target, t.reports, t.events, t.led, t.newman, t.first_date, t.first_key, t.sources
            FROM edge_tallies t WHERE {where}
            """, parameters, r =>
        {
            if (kept.TryGetValue(r.GetInt32(1), out var source) && kept.TryGetValue(r.GetInt32(2), out var target))
            {
                edges.Add(new EdgeTally(scope.Projection, TallyCodes.PeriodText(r.GetInt32(0)), scope.CrimeArea, source, target, r.GetInt32(3), r.GetInt32(4),
                    r.GetInt32(5), r.GetDouble(6), MadeOnce(dates, r.GetInt32(7), TallyCodes.DateText), r.GetInt64(8), r.GetInt32(9)));
            }
        });
        return edges;
    }

    /// <summary>
    /// The month rows of a scope as read by <see cref="SumMonthLinks"/>: its node rows (32 bytes each, named all at once),
    /// and its runs of months, from which the rows among the chosen nodes are read again with every column once those
    /// are known, as integers (48 bytes a row); names and dates are made for the pairs summed. Reading every row's ten
    /// columns in the first pass and keeping them cost twice the three the sums need: at a million reports 300 nodes
    /// have a million of a range's 3.6 million rows among them, found by the primary key month by month and node by node.
    /// </summary>
    private sealed class MonthRows
    {
        private readonly List<NodeRow> _nodes = [];
        private IReadOnlyDictionary<int, string> _names = new Dictionary<int, string>();
        private List<(string Name, object? Value)[]> _runs = [];
        private List<RowBlocks>? _kept;

        public void Named(IReadOnlyDictionary<int, string> ids) => _names = ids;

        /// <summary>
        /// The runs of months the sums are read in, each by its parameters; and, when the scope has so few nodes
        /// (<paramref name="keepUpTo"/>) that the chosen ones may have most of its rows among them, where each run keeps
        /// every row it reads whole, so that none is read twice. Null when the rows among the chosen are to be read again.
        /// </summary>
        public List<RowBlocks>? Runs(List<(string Name, object? Value)[]> runs, int keepUpTo)
        {
            _runs = runs;
            _kept = _nodes.Select(n => n.Node).Distinct().Count() <= keepUpTo ? [.. runs.Select(_ => new RowBlocks())] : null;
            return _kept;
        }

        public void ReadNodes(RelationalReportStore store, DbConnection connection, DbTransaction transaction, string where, (string, object?)[] parameters) =>
            store.ReadNumbers(connection, transaction, $"""
                SELECT t.period, t.node, t.reports, t.events, t.first_date, t.first_key, t.sources FROM node_tallies t WHERE {where}
                """, parameters, r => _nodes.Add(new NodeRow(r.Long(5), r.Int(0), r.Int(1), r.Int(2), r.Int(3), r.Int(4), r.Int(6))));

        /// <summary>The node rows read, named (after <see cref="Named"/>).</summary>
        public List<NodeTally> Nodes(TallyScope scope)
        {
            var (periods, dates) = (new Dictionary<int, string>(), new Dictionary<int, string>());
            return [.. _nodes.Select(n => new NodeTally(scope.Projection, MadeOnce(periods, n.Period, TallyCodes.PeriodText), scope.CrimeArea, _names[n.Node],
                n.Reports, n.Events, MadeOnce(dates, n.FirstDate, TallyCodes.DateText), n.FirstKey, n.Sources))];
        }

        /// <summary>
        /// The rows whose two ends were both chosen, read run by run (at once where the store can), summed per pair over
        /// the months in month order (as <see cref="Network.Aggregates.TallyMerge"/> sums them: counts added, the earliest
        /// first date and key kept), one row a pair, labelled with the scope's first month: a tally object a month row
        /// cost more than the reading.
        /// </summary>
        public List<EdgeTally> Among(RelationalReportStore store, DbConnection connection, DbTransaction transaction, TallyScope scope, string where,
            IReadOnlyCollection<string> chosen)
        {
            if (chosen.Count == 0)
            {
                return [];
            }

            // The chosen names by id (the store's ids are small and dense): one array look-up a row.
            var wanted = chosen.ToHashSet(StringComparer.Ordinal);
            var kept = new string?[_names.Count == 0 ? 0 : _names.Keys.Max() + 1];
            foreach (var (id, name) in _names)
            {
                if (id >= 0 && wanted.Contains(name))
                {
                    kept[id] = name;
                }
            }

            var runs = _kept ?? ReadAmong(store, connection, transaction, scope, where, kept);
            var sums = new Dictionary<long, MonthRow>(PairKey.Comparer);
            var order = new List<long>();
            foreach (var run in runs)
            {
                run.SumAmong(kept, sums, order);
            }

            var dates = new Dictionary<int, string>();
            return [.. order.Select(key => sums[key]).Select(row => new EdgeTally(scope.Projection, scope.FirstPeriod, scope.CrimeArea, kept[row.Source]!,
                kept[row.Target]!, row.Reports, row.Events, row.Led, row.Newman, MadeOnce(dates, row.FirstDate, TallyCodes.DateText), row.FirstKey, row.Sources))];
        }

        private List<RowBlocks> ReadAmong(RelationalReportStore store, DbConnection connection, DbTransaction transaction, TallyScope scope, string where,
            string?[] kept)
        {
            var columns = MonthRow.Columns(SharesStored(scope));
            var parts = _runs.Select(run => (Parameters: run, Rows: new RowBlocks())).ToList();
            // Both ends checked here before the other columns are decoded (a row's columns are read only when asked for).
            store.ReadNumberParts(connection, transaction, [.. parts.Select(part => AmongFilter(where, part.Parameters, kept, store.SeeksAmongTargets) is var (filter, parameters)
                ? new NumberQuery($"SELECT {columns} FROM edge_tallies t WHERE {filter} ORDER BY t.period, t.source, t.target", parameters, r =>
                {
                    var (source, target) = (r.Int(0), r.Int(1));
                    if (kept[source] is not null && kept[target] is not null)
                    {
                        part.Rows.Add(MonthRow.Of(r, source, target));
                    }
                })
                : throw new UnreachableException())]);
            return [.. parts.Select(p => p.Rows)];
        }

        // A run's rows among the kept ids: each month and kept source sought by the primary key (the months listed, not
        // a range, which the key could not seek past), the target checked without it (seeking every pair cost six times
        // more), by the database when it filters targets (see SeeksAmongTargets), else as the rows are read. Past
        // MaxListedNodes ids or MaxListedMonths months every row of the run is read and filtered as it is read.
        private static (string Where, (string Name, object? Value)[] Parameters) AmongFilter(string where, (string Name, object? Value)[] run, string?[] kept,
            bool targets)
        {
            var ids = Enumerable.Range(0, kept.Length).Where(id => kept[id] is not null).ToList();
            var (first, last) = ((int)run.Single(p => p.Name == "@first").Value!, (int)run.Single(p => p.Name == "@last").Value!);
            if (ids.Count > MaxListedNodes || last - first >= MaxListedMonths)
            {
                return (where, run);
            }

            // No chosen id, or no month (a range that holds no whole month is read from its counted days only).
            if (ids.Count == 0 || last < first)
            {
                return ("1 = 0", []);
            }

            var c = System.Globalization.CultureInfo.InvariantCulture;
            var listed = string.Join(", ", ids.Select(id => id.ToString(c)));
            var months = string.Join(", ", Enumerable.Range(first, last - first + 1).Select(m => m.ToString(c)));
            var target = targets ? $" AND t.target + 0 IN ({listed})" : "";
            return ($"{ViewAndArea} AND t.period IN ({months}) AND t.source IN ({listed}){target}",
                [.. run.Where(p => p.Name is not ("@first" or "@last"))]);
        }
    }

    /// <summary>Month rows kept in the order added, in blocks.</summary>
    private sealed class RowBlocks
    {
        // Blocks of 32,768 rows (1.5 MB): growing copies nothing and wastes at most one block. Blocks this large go to the
        // large object heap, which the collector does not compact: the 2.4 million rows of a 29-month range at 515,000
        // reports (113 MB) were promoted by copying from generation to generation while the pass read them in blocks of 1,024.
        private const int BlockRows = 32768;
        private readonly List<MonthRow[]> _blocks = [];
        private int _count;

        public void Add(in MonthRow row)
        {
            if (_count % BlockRows == 0)
            {
                _blocks.Add(new MonthRow[BlockRows]);
            }

            _blocks[^1][_count++ % BlockRows] = row;
        }

        /// <summary>
        /// Adds each row whose two ends are <paramref name="kept"/> to its pair's sum (counts added, the earliest first date
        /// and key kept), recording in <paramref name="order"/> each pair the first time it is seen.
        /// </summary>
        public void SumAmong(string?[] kept, Dictionary<long, MonthRow> sums, List<long> order)
        {
            for (var i = 0; i < _count; i++)
            {
                ref readonly var row = ref _blocks[i / BlockRows][i % BlockRows];
                if (kept[row.Source] is null || kept[row.Target] is null)
                {
                    continue;
                }

                var key = PairKey.Of(row.Source, row.Target);
                ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, key, out var seen);
                if (!seen)
                {
                    sum = row;
                    order.Add(key);
                    continue;
                }

                var earlier = row.FirstDate < sum.FirstDate || (row.FirstDate == sum.FirstDate && row.FirstKey < sum.FirstKey);
                sum = sum with
                {
                    Reports = sum.Reports + row.Reports, Events = sum.Events + row.Events, Led = sum.Led + row.Led, Newman = sum.Newman + row.Newman,
                    Sources = sum.Sources + row.Sources, FirstDate = earlier ? row.FirstDate : sum.FirstDate, FirstKey = earlier ? row.FirstKey : sum.FirstKey,
                };
            }
        }
    }

    /// <summary>The text of a code (a period, a date), made the first time it is asked for and shared after.</summary>
    private static string MadeOnce(Dictionary<int, string> made, int code, Func<int, string> make)
    {
        if (!made.TryGetValue(code, out var text))
        {
            made[code] = text = make(code);
        }

        return text;
    }

    /// <summary>One edge_tallies row of a month, by integer codes (the wide fields first; 48 bytes with its padding).</summary>
    private readonly record struct MonthRow(
        long FirstKey, double Newman, int Source, int Target, int Reports, int Events, int Led, int FirstDate, int Sources)
    {
        /// <summary>The columns <see cref="Of(INumberRow)"/> reads, in its order.</summary>
        public static string Columns(bool shares) =>
            $"t.source, t.target, t.reports, {Shares(shares)}, t.events, t.led, t.first_date, t.first_key, t.sources";

        /// <summary>The Newman share's column; a constant zero for a view that stores no shares, so its zeros are not decoded.</summary>
        public static string Shares(bool stored) => stored ? "t.newman" : "0";

        public static MonthRow Of(INumberRow r) => Of(r, r.Int(0), r.Int(1));

        /// <summary>The row whose two ends were already read.</summary>
        public static MonthRow Of(INumberRow r, int source, int target) => new(r.Long(7), r.Double(3), source, target, r.Int(2), r.Int(4), r.Int(5), r.Int(6), r.Int(8));
    }

    /// <summary>One node_tallies row of a month, by integer codes.</summary>
    private readonly record struct NodeRow(long FirstKey, int Period, int Node, int Reports, int Events, int FirstDate, int Sources);

    /// <summary>
    /// Every node's running link totals over the months of a scope, in arrays indexed by the node's id, with the ids
    /// touched in the order first seen and the pairs' keys, whose distinct ones give the degrees at the end. A month's
    /// rows come in key order, so the keys arrive as sorted runs of distinct keys (a run ends where a key is not above
    /// the one before it), kept as they came in large blocks. The degrees are then counted source by source across the
    /// runs at once, each source's targets marked in an array indexed by id: no key is sorted, merged or copied again
    /// (sorting 3.9 million keys and merging the sorted parts was a tenth of a range's CPU at a million reports, and
    /// the growing lists of keys a quarter of its allocation). Keys that may come in any order (<see cref="AddLoose"/>)
    /// are sorted apart into one more run.
    /// </summary>
    internal sealed class LinkSums(int ids)
    {
        // Blocks growing from 4,096 keys to a million (8 MB): a run that does not fit in the rest of a block is moved whole into the next.
        private const int FirstBlockKeys = 1 << 12;
        private const int BlockKeys = 1 << 20;
        private readonly List<ArraySegment<long>> _runs = [];
        private readonly List<long> _loose = [];
        private long[] _block = [];
        private int _start;
        private int _length;
        private bool[] _seen = new bool[ids];

        public long[] Reports { get; private set; } = new long[ids];

        public double[] Newman { get; private set; } = new double[ids];

        public int[] Degree { get; private set; } = new int[ids];

        public List<int> Touched { get; } = [];

        /// <summary>Adds one row of the pair (<paramref name="source"/>, <paramref name="target"/>) to both ends, rows of a month in key order.</summary>
        public void Add(int source, int target, int reports, double newman)
        {
            var key = PairKey.Of(source, target);
            if (_length > 0 && key <= _block[_start + _length - 1])
            {
                EndRun();
            }

            if (_start + _length == _block.Length)
            {
                var block = new long[Math.Max(Math.Clamp(2 * _block.Length, FirstBlockKeys, BlockKeys), 2 * _length)];
                _block.AsSpan(_start, _length).CopyTo(block);
                (_block, _start) = (block, 0);
            }

            _block[_start + _length++] = key;
            Add(source, reports, newman);
            Add(target, reports, newman);
        }

        /// <summary>As <see cref="Add(int, int, int, double)"/>, for a pair that may come in any order after the last.</summary>
        public void AddLoose(int source, int target, int reports, double newman)
        {
            _loose.Add(PairKey.Of(source, target));
            Add(source, reports, newman);
            Add(target, reports, newman);
        }

        /// <summary>Adds the sums of a run of later months to these: its pairs, its totals, the ids it touched first.</summary>
        public void Add(LinkSums later)
        {
            EndRun();
            later.EndRun();
            _runs.AddRange(later._runs);
            _loose.AddRange(later._loose);
            foreach (var node in later.Touched)
            {
                Add(node, 0, 0);
                (Reports[node], Newman[node]) = (Reports[node] + later.Reports[node], Newman[node] + later.Newman[node]);
            }
        }

        /// <summary>Makes room for one more id and returns it.</summary>
        public int Grow()
        {
            var id = Reports.Length;
            (_seen, Reports, Newman, Degree) = ([.. _seen, false], [.. Reports, 0], [.. Newman, 0], [.. Degree, 0]);
            return id;
        }

        /// <summary>
        /// Each node's distinct neighbours: the runs walked together source by source, the smallest source first; a
        /// target counted for a source the first time it is marked with that source.
        /// </summary>
        public void CountNeighbours()
        {
            EndRun();
            if (_loose.Count > 0)
            {
                var loose = CollectionsMarshal.AsSpan(_loose);
                loose.Sort();
                var distinct = 0;
                for (var i = 0; i < loose.Length; i++)
                {
                    if (i == 0 || loose[i] != loose[i - 1])
                    {
                        loose[distinct++] = loose[i];
                    }
                }

                _runs.Add(loose[..distinct].ToArray());
                _loose.Clear();
            }

            var at = new int[_runs.Count];
            var marked = new int[Reports.Length];
            Array.Fill(marked, -1);
            while (true)
            {
                var source = int.MaxValue;
                for (var r = 0; r < _runs.Count; r++)
                {
                    if (at[r] < _runs[r].Count)
                    {
                        source = Math.Min(source, PairKey.First(_runs[r][at[r]]));
                    }
                }

                if (source == int.MaxValue)
                {
                    return;
                }

                for (var r = 0; r < _runs.Count; r++)
                {
                    var run = _runs[r].AsSpan();
                    var i = at[r];
                    for (; i < run.Length && PairKey.First(run[i]) == source; i++)
                    {
                        var target = PairKey.Second(run[i]);
                        if (marked[target] != source)
                        {
                            marked[target] = source;
                            Degree[source]++;
                            Degree[target]++;
                        }
                    }

                    at[r] = i;
                }
            }
        }

        // The run being added, kept where it lies; the next starts after it.
        private void EndRun()
        {
            if (_length > 0)
            {
                _runs.Add(new ArraySegment<long>(_block, _start, _length));
                (_start, _length) = (_start + _length, 0);
            }
        }

        private void Add(int node, int reports, double newman)
        {
            if (!_seen[node])
            {
                _seen[node] = true;
                Touched.Add(node);
            }

            (Reports[node], Newman[node]) = (Reports[node] + reports, Newman[node] + newman);
        }
    }
}
