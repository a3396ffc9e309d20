namespace Graph.Core.Analysis;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on weighted undirected graphs: nodes move
/// greedily to the neighbouring community with the best modularity gain, in an order shuffled by
/// a seeded generator, then communities become nodes and the process repeats until a level gains
/// no more than the threshold. The same seed always gives the same partition.
/// </summary>
public static class Louvain
{
    /// <summary>Finds communities; the partition's modularity is computed on <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="seed">Seed of the node-order shuffles.</param>
    /// <param name="resolution">Modularity resolution γ; 1 is Newman's modularity.</param>
    /// <param name="threshold">Stop when a level improves modularity by no more than this.</param>
    public static CommunityPartition Detect(CsrGraph graph, int seed = 42, double resolution = 1, double threshold = 1e-7)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var membership = Enumerable.Range(0, n).ToArray();
        var level = LouvainLevel.FromGraph(graph);
        var random = new Random(seed);
        var modularity = level.Modularity(resolution);
        while (true)
        {
            var local = level.MoveNodes(random, resolution);
            if (local is null)
            {
                break;
            }

            for (var v = 0; v < n; v++)
            {
                membership[v] = local[membership[v]];
            }

            var aggregated = level.Aggregate(local);
            var improved = aggregated.Modularity(resolution);
            level = aggregated;
            if (improved - modularity <= threshold)
            {
                break;
            }

            modularity = improved;
        }

        var numbered = Renumber(membership, out var count);
        return new CommunityPartition(numbered, count, Analysis.Modularity.Compute(graph, numbered, resolution));
    }

    private static int[] Renumber(int[] membership, out int count)
    {
        var map = new Dictionary<int, int>();
        var result = new int[membership.Length];
        for (var v = 0; v < membership.Length; v++)
        {
            if (!map.TryGetValue(membership[v], out var c))
            {
                map[membership[v]] = c = map.Count;
            }

            result[v] = c;
        }

        count = map.Count;
        return result;
    }
}
