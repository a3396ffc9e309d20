namespace Graph.Core.Analysis;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on weighted undirected graphs: nodes move
/// greedily to the neighbouring community with the best modularity gain, in an order shuffled by
/// a seeded generator, then communities become nodes and the process repeats until a level gains
/// no more than the threshold. The whole pass is then repeated from the partition it found (nodes
/// may move again one by one, then communities merge), as long as modularity still rises by more
/// than the threshold; this refinement never lowers modularity. The same seed gives the same partition.
/// </summary>
public static class Louvain
{
    private const int MaxPasses = 8;

    /// <summary>Finds communities; the partition's modularity is computed on <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="seed">Seed of the node-order shuffles.</param>
    /// <param name="resolution">Modularity resolution γ; 1 is Newman's modularity.</param>
    /// <param name="threshold">Stop when a level or a pass improves modularity by no more than this.</param>
    public static CommunityPartition Detect(CsrGraph graph, int seed = 42, double resolution = 1, double threshold = 1e-7)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var random = new Random(seed);
        var membership = Enumerable.Range(0, graph.NodeCount).ToArray();
        var quality = Analysis.Modularity.Compute(graph, membership, resolution);
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var candidate = Pass(graph, membership, random, resolution, threshold);
            var q = Analysis.Modularity.Compute(graph, candidate, resolution);
            var gained = q - quality;
            if (gained > 0)
            {
                (membership, quality) = (candidate, q);
            }

            if (gained <= threshold)
            {
                break;
            }
        }

        var numbered = Renumber(membership, out var count);
        return new CommunityPartition(numbered, count, Analysis.Modularity.Compute(graph, numbered, resolution));
    }

    /// <summary>One Louvain pass: move nodes from <paramref name="start"/>, then aggregate and move communities, level by level.</summary>
    private static int[] Pass(CsrGraph graph, int[] start, Random random, double resolution, double threshold)
    {
        var level = LouvainLevel.FromGraph(graph);
        var membership = Enumerable.Range(0, graph.NodeCount).ToArray();
        var modularity = level.Modularity(resolution);
        var local = level.MoveNodes(random, resolution, start) ?? LouvainLevel.Dense((int[])start.Clone());
        while (true)
        {
            for (var v = 0; v < membership.Length; v++)
            {
                membership[v] = local[membership[v]];
            }

            var aggregated = level.Aggregate(local);
            var improved = aggregated.Modularity(resolution);
            level = aggregated;
            if (improved - modularity <= threshold)
            {
                return membership;
            }

            modularity = improved;
            if (level.MoveNodes(random, resolution) is not { } next)
            {
                return membership;
            }

            local = next;
        }
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
