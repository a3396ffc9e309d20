namespace Graph.Core.Analysis;

/// <summary>
/// Weighted PageRank as NetworkX's <c>pagerank(G, alpha, weight="weight")</c> computes it on an
/// undirected graph: each node passes its score to its neighbours in proportion to edge weight,
/// isolated nodes spread theirs uniformly, and iteration stops when the L1 change falls below n·tol.
/// </summary>
public static class PageRank
{
    /// <summary>PageRank of every node (sums to 1), or null when the iteration does not converge, as eigenvector centrality does.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="alpha">Damping factor.</param>
    /// <param name="maxIterations">Iteration limit.</param>
    /// <param name="tolerance">Per-node tolerance.</param>
    public static double[]? Compute(CsrGraph graph, double alpha = 0.85, int maxIterations = 100, double tolerance = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        if (n == 0)
        {
            return [];
        }

        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;
        var strength = new double[n];
        var dangling = new List<int>();
        for (var v = 0; v < n; v++)
        {
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                strength[v] += weights[i];
            }

            if (strength[v] == 0)
            {
                dangling.Add(v);
            }
        }

        var x = new double[n];
        var share = new double[n];
        var next = new double[n];
        Array.Fill(x, 1.0 / n);
        var teleport = (1.0 - alpha) / n;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var danglingSum = 0.0;
            foreach (var v in dangling)
            {
                danglingSum += x[v];
            }

            var baseline = alpha * danglingSum / n + teleport;
            for (var v = 0; v < n; v++)
            {
                share[v] = strength[v] == 0 ? 0 : alpha * x[v] / strength[v];
            }

            var error = 0.0;
            for (var v = 0; v < n; v++)
            {
                var sum = 0.0;
                for (var i = offsets[v]; i < offsets[v + 1]; i++)
                {
                    sum += share[targets[i]] * weights[i];
                }

                next[v] = sum + baseline;
                error += Math.Abs(next[v] - x[v]);
            }

            (x, next) = (next, x);
            if (error < n * tolerance)
            {
                return x;
            }
        }

        return null;
    }
}
