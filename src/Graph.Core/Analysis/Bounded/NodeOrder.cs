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

    /// <summary>The arcs of node <paramref name="v"/> (indices into <see cref="CsrGraph.Targets"/>), heaviest first, ties by neighbour id.</summary>
    public static int[] ArcsByWeight(CsrGraph graph, int v, int[] idRank)
    {
        var start = graph.Offsets[v];
        var targets = graph.Neighbours(v);
        var weights = graph.NeighbourWeights(v);
        var keys = new (double Heaviness, int Rank)[targets.Length];
        var arcs = new int[targets.Length];
        for (var i = 0; i < arcs.Length; i++)
        {
            (keys[i], arcs[i]) = ((-weights[i], idRank[targets[i]]), start + i);
        }

        Array.Sort(keys, arcs);
        return arcs;
    }

    /// <summary>The index of the arc from <paramref name="v"/> to <paramref name="u"/> (rows are ascending).</summary>
    public static int Arc(CsrGraph graph, int v, int u) => graph.Offsets[v] + graph.Neighbours(v).BinarySearch(u);
}
