namespace Graph.Core.Analysis;

/// <summary>
/// Closeness centrality as NetworkX's <c>closeness_centrality(G, wf_improved=True)</c>: for node u
/// reaching r other nodes at total hop distance d, (r / d) · (r / (n − 1)), the second factor being
/// Wasserman and Faust's scaling for graphs that are not connected. Zero for nodes reaching nobody.
/// </summary>
public static class ClosenessCentrality
{
    /// <summary>Closeness of every node.</summary>
    public static double[] Compute(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var result = new double[n];
        Parallel.For(0, n, () => new int[n], (u, _, hops) =>
        {
            var (reached, total) = HopSums(graph, u, hops);
            if (total > 0 && n > 1)
            {
                result[u] = reached / (double)total * (reached / (n - 1.0));
            }

            return hops;
        }, _ => { });
        return result;
    }

    /// <summary>Breadth-first from <paramref name="source"/>: how many others it reaches and their total distance.</summary>
    internal static (int Reached, long Total) HopSums(CsrGraph graph, int source, int[] scratch)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        Array.Fill(scratch, -1);
        var queue = new Queue<int>();
        scratch[source] = 0;
        queue.Enqueue(source);
        var (reached, total) = (0, 0L);
        while (queue.TryDequeue(out var v))
        {
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = targets[i];
                if (scratch[w] < 0)
                {
                    scratch[w] = scratch[v] + 1;
                    reached++;
                    total += scratch[w];
                    queue.Enqueue(w);
                }
            }
        }

        return (reached, total);
    }
}
