namespace Graph.Core.Analysis;

/// <summary>
/// Eigenvector centrality by power iteration on A + I, as NetworkX's <c>eigenvector_centrality</c>:
/// start uniform, normalise to unit Euclidean length each step, stop when the L1 change falls below n·tol.
/// </summary>
public static class EigenvectorCentrality
{
    /// <summary>Eigenvector centrality of every node, or null when the iteration does not converge.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="weighted">Use edge weights (NetworkX's <c>weight="weight"</c>); the default ignores them, as NetworkX does.</param>
    /// <param name="maxIterations">Iteration limit.</param>
    /// <param name="tolerance">Per-node tolerance.</param>
    public static double[]? Compute(CsrGraph graph, bool weighted = false, int maxIterations = 100, double tolerance = 1e-6)
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
        var x = new double[n];
        var next = new double[n];
        Array.Fill(x, 1.0 / n);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var squares = 0.0;
            for (var v = 0; v < n; v++)
            {
                var sum = x[v];
                for (var i = offsets[v]; i < offsets[v + 1]; i++)
                {
                    sum += x[targets[i]] * (weighted ? weights[i] : 1.0);
                }

                next[v] = sum;
                squares += sum * sum;
            }

            var norm = Math.Sqrt(squares);
            norm = norm == 0 ? 1 : norm;
            var error = 0.0;
            for (var v = 0; v < n; v++)
            {
                next[v] /= norm;
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
