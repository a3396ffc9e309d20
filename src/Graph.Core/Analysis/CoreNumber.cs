namespace Graph.Core.Analysis;

/// <summary>
/// k-core number of every node (the largest k such that the node belongs to a subgraph where every
/// node has degree at least k), by Batagelj and Zaversnik's bucket algorithm, as NetworkX's <c>core_number</c>.
/// </summary>
public static class CoreNumber
{
    /// <summary>Core number of every node.</summary>
    public static int[] Compute(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var degree = new int[n];
        var maxDegree = 0;
        for (var v = 0; v < n; v++)
        {
            degree[v] = graph.Degree(v);
            maxDegree = Math.Max(maxDegree, degree[v]);
        }

        // Nodes sorted by degree, with where each degree's bucket starts and where each node sits.
        var bucketStart = new int[maxDegree + 2];
        foreach (var d in degree)
        {
            bucketStart[d + 1]++;
        }

        for (var d = 0; d <= maxDegree; d++)
        {
            bucketStart[d + 1] += bucketStart[d];
        }

        var sorted = new int[n];
        var position = new int[n];
        var fill = bucketStart[..(maxDegree + 1)];
        for (var v = 0; v < n; v++)
        {
            position[v] = fill[degree[v]]++;
            sorted[position[v]] = v;
        }

        for (var i = 0; i < n; i++)
        {
            var v = sorted[i];
            foreach (var u in graph.Neighbours(v))
            {
                if (degree[u] > degree[v])
                {
                    // Move u to the front of its bucket, then shrink the bucket past it.
                    var du = degree[u];
                    var first = bucketStart[du];
                    var w = sorted[first];
                    if (w != u)
                    {
                        (sorted[position[u]], sorted[first]) = (w, u);
                        (position[w], position[u]) = (position[u], first);
                    }

                    bucketStart[du]++;
                    degree[u]--;
                }
            }
        }

        return degree;
    }
}
