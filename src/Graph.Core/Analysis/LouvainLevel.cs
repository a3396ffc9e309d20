namespace Graph.Core.Analysis;

/// <summary>One level of the Louvain hierarchy: a weighted graph whose nodes may carry self-loops.</summary>
internal sealed class LouvainLevel
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly double[] _weights;
    private readonly double[] _selfLoops;
    private readonly double[] _strength;
    private readonly double _totalWeight;

    private LouvainLevel(int[] offsets, int[] targets, double[] weights, double[] selfLoops)
    {
        (_offsets, _targets, _weights, _selfLoops) = (offsets, targets, weights, selfLoops);
        var n = _selfLoops.Length;
        _strength = new double[n];
        for (var v = 0; v < n; v++)
        {
            _strength[v] = 2 * _selfLoops[v];
            for (var i = _offsets[v]; i < _offsets[v + 1]; i++)
            {
                _strength[v] += _weights[i];
            }

            _totalWeight += _strength[v];
        }

        _totalWeight /= 2;
    }

    public int NodeCount => _selfLoops.Length;

    public static LouvainLevel FromGraph(CsrGraph graph) =>
        new(graph.Offsets.ToArray(), graph.Targets.ToArray(), graph.Weights.ToArray(), new double[graph.NodeCount]);

    public double Modularity(double resolution)
    {
        // Every node is its own community at a fresh level.
        if (_totalWeight == 0)
        {
            return 0;
        }

        var q = 0.0;
        for (var v = 0; v < NodeCount; v++)
        {
            var share = _strength[v] / (2 * _totalWeight);
            q += _selfLoops[v] / _totalWeight - resolution * share * share;
        }

        return q;
    }

    /// <summary>
    /// Local moving phase from <paramref name="start"/> (each node alone when null); returns each
    /// node's community (0-based, dense) or null when nothing moved.
    /// </summary>
    public int[]? MoveNodes(Random random, double resolution, IReadOnlyList<int>? start = null)
    {
        var n = NodeCount;
        var community = start?.ToArray() ?? Enumerable.Range(0, n).ToArray();
        var total = new double[n];
        for (var v = 0; v < n; v++)
        {
            total[community[v]] += _strength[v];
        }

        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var linkTo = new double[n];
        var touched = new List<int>();
        var scale = resolution / (2 * _totalWeight);
        var movedAtAll = false;
        if (_totalWeight == 0)
        {
            return null;
        }

        bool moved;
        do
        {
            moved = false;
            foreach (var v in order)
            {
                var home = community[v];
                for (var i = _offsets[v]; i < _offsets[v + 1]; i++)
                {
                    var c = community[_targets[i]];
                    if (linkTo[c] == 0)
                    {
                        touched.Add(c);
                    }

                    linkTo[c] += _weights[i];
                }

                total[home] -= _strength[v];
                var best = home;
                var bestGain = linkTo[home] - scale * total[home] * _strength[v];
                foreach (var c in touched)
                {
                    var gain = linkTo[c] - scale * total[c] * _strength[v];
                    if (gain > bestGain)
                    {
                        (best, bestGain) = (c, gain);
                    }
                }

                total[best] += _strength[v];
                community[v] = best;
                if (best != home)
                {
                    moved = movedAtAll = true;
                }

                foreach (var c in touched)
                {
                    linkTo[c] = 0;
                }

                touched.Clear();
            }
        }
        while (moved);

        return movedAtAll ? Dense(community) : null;
    }

    /// <summary>The next level: one node per community, inner weight kept as self-loops.</summary>
    public LouvainLevel Aggregate(int[] community)
    {
        var count = community.Length == 0 ? 0 : community.Max() + 1;
        var self = new double[count];
        var between = new Dictionary<long, double>(PairKey.Comparer);
        for (var v = 0; v < NodeCount; v++)
        {
            var cv = community[v];
            self[cv] += _selfLoops[v];
            for (var i = _offsets[v]; i < _offsets[v + 1]; i++)
            {
                var w = _targets[i];
                if (w < v)
                {
                    continue;
                }

                var cw = community[w];
                if (cv == cw)
                {
                    self[cv] += _weights[i];
                }
                else
                {
                    var key = PairKey.Unordered(cv, cw);
                    between[key] = between.GetValueOrDefault(key) + _weights[i];
                }
            }
        }

        var degree = new int[count + 1];
        foreach (var key in between.Keys)
        {
            degree[PairKey.First(key) + 1]++;
            degree[PairKey.Second(key) + 1]++;
        }

        for (var c = 0; c < count; c++)
        {
            degree[c + 1] += degree[c];
        }

        var fill = degree[..count];
        var newTargets = new int[degree[count]];
        var newWeights = new double[degree[count]];
        foreach (var (key, weight) in between.OrderBy(p => p.Key))
        {
            var (a, b) = (PairKey.First(key), PairKey.Second(key));
            (newTargets[fill[a]], newWeights[fill[a]++]) = (b, weight);
            (newTargets[fill[b]], newWeights[fill[b]++]) = (a, weight);
        }

        return new LouvainLevel(degree, newTargets, newWeights, self);
    }

    public static int[] Dense(int[] community)
    {
        var map = new Dictionary<int, int>();
        for (var v = 0; v < community.Length; v++)
        {
            if (!map.TryGetValue(community[v], out var c))
            {
                map[community[v]] = c = map.Count;
            }

            community[v] = c;
        }

        return community;
    }
}
