using System.Globalization;

namespace Graph.Core.Analysis.Bounded;

/// <summary>The tie-break every bounded selection shares: node ids in ordinal order.</summary>
internal static class NodeOrder
{
    /// <summary>The rank of every node's id among all ids, ordinal (0 for the smallest).</summary>
    public static int[] IdRanks(CsrGraph graph)
    {
        var byId = Enumerable.Range(0, graph.NodeCount).ToArray();
        var ids = graph.NodeIds;
        Array.Sort(byId, (a, b) => string.CompareOrdinal(ids[a], ids[b]));
        var rank = new int[byId.Length];
        for (var i = 0; i < byId.Length; i++)
        {
            rank[byId[i]] = i;
        }

        return rank;
    }

    /// <summary>Each score rounded to 12 significant digits: what is left of a sum's rounding error in its last bits goes.</summary>
    public static double[] Settled(IReadOnlyList<double> scores)
    {
        var settled = new double[scores.Count];
        for (var v = 0; v < settled.Length; v++)
        {
            settled[v] = double.Parse(scores[v].ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        return settled;
    }

    /// <summary>
    /// The <paramref name="count"/> heaviest arcs of node <paramref name="v"/> (indices into
    /// <see cref="CsrGraph.Targets"/>), heaviest first, equal weights by neighbour id. One pass over
    /// the row with an insertion into a buffer of <paramref name="count"/>, as count is small.
    /// </summary>
    public static int[] HeaviestArcs(CsrGraph graph, int v, int count, int[] idRank)
    {
        var best = new int[Math.Min(count, graph.Degree(v))];
        var filled = 0;
        for (var arc = graph.Offsets[v]; arc < graph.Offsets[v + 1]; arc++)
        {
            var at = filled;
            while (at > 0 && Heavier(graph, idRank, arc, best[at - 1]))
            {
                at--;
            }

            if (at == best.Length)
            {
                continue;
            }

            var last = Math.Min(filled, best.Length - 1);
            Array.Copy(best, at, best, at + 1, last - at);
            best[at] = arc;
            filled = Math.Min(filled + 1, best.Length);
        }

        return best;
    }

    private static bool Heavier(CsrGraph graph, int[] idRank, int a, int b)
    {
        var weights = graph.Weights;
        var targets = graph.Targets;
        return weights[a] > weights[b] || (weights[a] == weights[b] && idRank[targets[a]] < idRank[targets[b]]);
    }

    /// <summary>The index of the arc from <paramref name="v"/> to <paramref name="u"/> (rows are ascending).</summary>
    public static int Arc(CsrGraph graph, int v, int u) => graph.Offsets[v] + graph.Neighbours(v).BinarySearch(u);
}
