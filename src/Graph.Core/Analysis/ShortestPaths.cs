namespace Graph.Core.Analysis;

/// <summary>Shortest paths (fewest hops) between two nodes.</summary>
public static class ShortestPaths
{
    /// <summary>
    /// Every shortest path from <paramref name="source"/> to <paramref name="target"/>, as node
    /// numbers from source to target, in lexicographic order of node numbers, at most
    /// <paramref name="limit"/> of them. Empty when the target is unreachable.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> AllBetween(CsrGraph graph, int source, int target, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        var n = graph.NodeCount;
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(source, n);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, n);

        // Hops to the target, so paths can be walked forward from the source in order.
        var hops = new int[n];
        ClosenessCentrality.HopSums(graph, target, hops);
        var paths = new List<IReadOnlyList<int>>();
        if (hops[source] < 0)
        {
            return paths;
        }

        var path = new List<int> { source };
        Walk(graph, hops, path, target, limit, paths);
        return paths;
    }

    private static void Walk(CsrGraph graph, int[] hops, List<int> path, int target, int limit, List<IReadOnlyList<int>> paths)
    {
        var v = path[^1];
        if (v == target)
        {
            paths.Add(path.ToArray());
            return;
        }

        foreach (var w in graph.Neighbours(v))
        {
            if (paths.Count >= limit)
            {
                return;
            }

            if (hops[w] == hops[v] - 1)
            {
                path.Add(w);
                Walk(graph, hops, path, target, limit, paths);
                path.RemoveAt(path.Count - 1);
            }
        }
    }
}
