using Graph.Core.Analysis.Bounded;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Network.Aggregates;

/// <summary>
/// The bounded picture of a large tallied view drawn without building the whole view: the store sums
/// every node's edge weights and neighbours (<see cref="IPictureTallies"/>), the top nodes by weighted
/// degree are chosen from those totals, and only the edges among them are read. The disparity backbone
/// needs no more than that: an edge's significance at a node depends on its weight and the node's
/// strength and degree, all of which the totals give. The result equals
/// <see cref="NetworkPicture.Of"/> over the whole view built by <see cref="AggregateNetworkBuilder"/>:
/// same nodes, edges, order, totals and statement.
/// </summary>
public static class AggregatePicture
{
    /// <summary>
    /// The picture, or null when this route cannot answer it exactly and the whole view must be built:
    /// the store cannot sum its tallies, a filter the tallies do not answer whole (dates under Newman's weighting, minimum weight,
    /// ego network, countries-only kinds, curation edits in force), a measure other than weighted degree,
    /// the top-k edge rule, included nodes, a view small enough to be shown whole, or a backbone of a view
    /// whose edges may all weigh the same (the whole view tells whether the backbone can choose).
    /// </summary>
    /// <param name="store">The store to read.</param>
    /// <param name="view">The view.</param>
    /// <param name="filter">Its filters.</param>
    /// <param name="options">The picture's budget, measure and edge rule.</param>
    /// <param name="edgeLimit">Above this many edges a view within the node budget is bounded too.</param>
    /// <param name="always">Bound even a view within the budget.</param>
    /// <param name="kept">Totals kept between calls (a server's): after new reports only the edges they changed are read again.</param>
    /// <example><code>var picture = AggregatePicture.TryDraw(store, NetworkView.Actors, NetworkFilter.None, new PictureOptions(), 4000, false);</code></example>
    public static NetworkPicture? TryDraw(IReportStore store, NetworkView view, NetworkFilter filter, PictureOptions options, int edgeLimit, bool always,
        KeptLinkTotalsSet? kept = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (store is not IPictureTallies tallies || !Answers(view, filter, options, out var projection) || Scope(filter, projection) is not var (scope, cut)
            || AggregateNetworkBuilder.IsCurated(store))
        {
            return null;
        }

        var actors = kept?.Actors(tallies) ?? store.ListActors().ToDictionary(a => a.Id, StringComparer.Ordinal);
        // The days the range cuts out of a month are counted again from their events, as the whole build counts them
        // (read uncurated with only what a tally counts: no edits are in force here), on another thread while the store
        // reads the whole months' rows: at a million reports seven weeks of cut days took a quarter of a cold answer,
        // and counted into sums keyed by integers (DayTallies) rather than through each report's tally rows, a third of that.
        var counted = cut.Length == 0 ? null : Task.Run(() =>
        {
            var days = new DayTallies(scope.Projection, scope.CrimeArea, actors);
            foreach (var (from, to) in cut)
            {
                days.Add(tallies.ReadDayEvents(from, to, scope.CrimeArea == TallyScope.All ? null : scope.CrimeArea));
            }

            return days.ToSet(scope.FirstPeriod);
        });

        Ranking? ranking = null;
        var (_, rows) = tallies.ReadPictureTallies(scope, totals =>
        {
            ranking = Ranking.Of(totals, actors, filter.Weighting, options.NodeBudget);
            var bounded = ranking is not null && (always || ranking.Nodes.Count > options.NodeBudget || ranking.EdgeCount > edgeLimit)
                && !(options.Edges == EdgeFilter.Backbone && ranking.MayWeighAlike());
            ranking = bounded ? ranking : null;
            return ranking?.Kept.Select(v => ranking.Nodes[v].Id).ToArray() ?? [];
        }, kept?.For(scope), counted);
        return ranking is null ? null : Draw(view, filter.Weighting, options, ranking, rows);
    }

    private static bool Answers(NetworkView view, NetworkFilter filter, PictureOptions options, out NetworkView projection) =>
        AggregateNetworkBuilder.TryProjection(view, filter, out projection, out var countriesOnly) && !countriesOnly
            && filter is { MinWeight: null, Center: null }
            && options.Measure == NodeMeasure.WeightedDegree && options.Edges is EdgeFilter.Backbone or EdgeFilter.All && options.Include.Count == 0;

    /// <summary>
    /// The tallies that hold the view: all time, or the whole months of a date range with the days it cuts
    /// out of a month at either end (counted again from their events); a range that holds no whole month (within one
    /// month, or across the end of one) is all counted, its scope of months empty. Null for a range weighted by Newman's
    /// shares (a pair's months would be added in another order than the whole build adds them, so a weight could differ
    /// in its last bit).
    /// </summary>
    private static (TallyScope Scope, (DateOnly From, DateOnly To)[] Cut)? Scope(NetworkFilter filter, NetworkView projection)
    {
        var (name, area) = (Projection.Name(projection, filter.Weighting), filter.CrimeArea?.ToLowerInvariant() ?? TallyScope.All);
        if (filter is { From: null, To: null })
        {
            return (AggregateNetworkBuilder.AllTime(name, area), []);
        }

        var (from, to) = (filter.From ?? DateOnly.MinValue, filter.To ?? DateOnly.MaxValue);
        var (first, lastEnd) = AggregateNetworkBuilder.WholeMonths(from, to);
        if (filter.Weighting == EdgeWeighting.Newman || from > to)
        {
            return null;
        }

        var cut = new List<(DateOnly, DateOnly)>();
        if (first > lastEnd)
        {
            // No whole month: every day is counted, the months' scope (first after last) reads no row.
            cut.Add((from, to));
        }
        else if (from < first)
        {
            cut.Add((from, first.AddDays(-1)));
        }

        if (first <= lastEnd && to > lastEnd)
        {
            cut.Add((lastEnd.AddDays(1), to));
        }

        return (AggregateNetworkBuilder.Months(name, area, first, lastEnd), [.. cut]);
    }

    private static NetworkPicture Draw(NetworkView view, EdgeWeighting weighting, PictureOptions options, Ranking ranking, IReadOnlyList<EdgeTally> rows)
    {
        var merge = new TallyMerge();
        merge.Add([], rows);
        var edges = new List<(WeightedEdge Edge, CooperationEdge Shown)>();
        foreach (var ((a, b), sum) in merge.Edges)
        {
            var (u, v) = (ranking.Index[a], ranking.Index[b]);
            var weight = AggregateNetworkBuilder.Weight(sum, weighting);
            if (options.Edges == EdgeFilter.All || ranking.Significant(u, weight, options.Alpha) || ranking.Significant(v, weight, options.Alpha))
            {
                edges.Add((new WeightedEdge(Math.Min(u, v), Math.Max(u, v), weight), AggregateNetworkBuilder.ToEdge(a, b, sum, weighting)));
            }
        }

        // As BoundedPicture: the heaviest up to the edge budget, equal weights by their ends' order.
        var ruleEdges = edges.Count;
        if (edges.Count > options.EdgeBudget)
        {
            edges = [.. edges.OrderByDescending(e => e.Edge.Weight).ThenBy(e => e.Edge.U).ThenBy(e => e.Edge.V).Take(options.EdgeBudget)];
        }

        edges.Sort((x, y) => x.Edge.U != y.Edge.U ? x.Edge.U.CompareTo(y.Edge.U) : x.Edge.V.CompareTo(y.Edge.V));
        var kept = ranking.Kept.Order().ToArray();
        var shown = new CooperationNetwork(view);
        foreach (var v in kept)
        {
            shown.AddNode(ranking.Nodes[v]);
        }

        edges.ForEach(e => shown.AddEdge(e.Shown));
        var picture = BoundedPicture.FromParts(kept, [.. edges.Select(e => e.Edge)], ranking.Nodes.Count, ranking.EdgeCount,
            CentralityEstimate.Exact(ranking.Measure), options, ruleEdges);
        return new NetworkPicture(shown, picture);
    }

    /// <summary>The whole view's nodes in network order with their strengths and degrees, and the top ones by strength.</summary>
    private sealed class Ranking
    {
        public required List<NetworkNode> Nodes { get; init; }

        public required Dictionary<string, int> Index { get; init; }

        public required double[] Strength { get; init; }

        public required double[] Measure { get; init; }

        public required int[] Degree { get; init; }

        public required int EdgeCount { get; init; }

        public required int[] Kept { get; init; }

        /// <summary>Whether the disparity filter finds an edge of this weight significant seen from node <paramref name="v"/>.</summary>
        public bool Significant(int v, double weight, double alpha) => DisparityFilter.Significance(weight, Strength[v], Degree[v]) < alpha;

        /// <summary>
        /// False when some two nodes' mean edge weights differ, which proves the edges do not all weigh the
        /// same; true when they might (then only the whole view can tell, see <see cref="DisparityFilter.CannotChoose"/>).
        /// </summary>
        public bool MayWeighAlike()
        {
            double? mean = null;
            for (var v = 0; v < Degree.Length; v++)
            {
                if (Degree[v] > 0)
                {
                    var m = Strength[v] / Degree[v];
                    if (mean is { } seen && seen != m)
                    {
                        return false;
                    }

                    mean = m;
                }
            }

            return true;
        }

        /// <summary>Null when a tallied node is no node of the view or an edge end has no node tally: then only the whole build is exact.</summary>
        public static Ranking? Of(TallyTotals totals, Dictionary<string, Actor> actors, EdgeWeighting weighting, int budget)
        {
            var merge = new TallyMerge();
            merge.Add(totals.Nodes, []);
            var nodes = new List<NetworkNode>(merge.Nodes.Count);
            foreach (var id in AggregateNetworkBuilder.InOrder(merge))
            {
                if (AggregateNetworkBuilder.ToNode(id, actors) is not { } node)
                {
                    return null;
                }

                nodes.Add(node);
            }

            var index = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
            nodes.ForEach(n => index[n.Id] = index.Count);
            var (strength, degree) = (new double[nodes.Count], new int[nodes.Count]);
            var ends = 0L;
            foreach (var link in totals.Links)
            {
                if (!index.TryGetValue(link.Node, out var v))
                {
                    return null;
                }

                (strength[v], degree[v]) = (weighting == EdgeWeighting.Newman ? link.Newman : link.Reports, link.Degree);
                ends += link.Degree;
            }

            // As NodeSelection: weighted degrees to 12 significant digits, the highest first, equal ones by ordinal id.
            var measure = NodeOrder.Settled(strength);
            var kept = Enumerable.Range(0, nodes.Count)
                .OrderByDescending(v => measure[v]).ThenBy(v => nodes[v].Id, StringComparer.Ordinal)
                .Take(budget).ToArray();
            return new Ranking { Nodes = nodes, Index = index, Strength = strength, Measure = measure, Degree = degree, EdgeCount = (int)(ends / 2), Kept = kept };
        }
    }
}
