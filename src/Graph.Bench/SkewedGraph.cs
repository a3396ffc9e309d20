namespace Graph.Bench;

/// <summary>
/// A seeded preferential-attachment graph (Barabási–Albert: each new node links to <c>perNode</c>
/// existing ones chosen in proportion to their degree) with heavy-tailed integer weights
/// ⌊Pareto(1.5)⌋ ≥ 1: a few actors in many reports, most in few.
/// </summary>
internal static class SkewedGraph
{
    public static List<(int U, int V, double Weight)> Edges(int nodes, int perNode, int seed)
    {
        var random = new Random(seed);
        var ends = new List<int>(2 * nodes * perNode);
        var edges = new List<(int, int, double)>(nodes * perNode);
        var chosen = new HashSet<int>();
        for (var v = perNode; v < nodes; v++)
        {
            chosen.Clear();
            while (chosen.Count < perNode)
            {
                // The first node links to the seed nodes 0..perNode-1; later ones by degree.
                chosen.Add(ends.Count == 0 ? chosen.Count : ends[random.Next(ends.Count)]);
            }

            foreach (var u in chosen)
            {
                edges.Add((u, v, Math.Floor(Math.Pow(1 - random.NextDouble(), -1 / 1.5))));
                ends.Add(u);
                ends.Add(v);
            }
        }

        return edges;
    }
}
