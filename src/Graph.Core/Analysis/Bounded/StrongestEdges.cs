namespace Graph.Core.Analysis.Bounded;

/// <summary>
/// The top-k-per-node edge rule: an edge stays when it is among the <c>k</c> heaviest edges of either
/// of its ends, in the whole graph. Equal weights are ordered by the neighbour's id (ordinal), so the
/// result never depends on storage order. Every node with an edge keeps at least one.
/// </summary>
public static class StrongestEdges
{
    /// <summary>The edges among the <paramref name="perNode"/> heaviest of at least one end, ordered by (U, V).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="perNode">How many edges each node keeps, at least 1.</param>
    public static WeightedEdge[] PerNode(CsrGraph graph, int perNode)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(perNode, 1);
        var idRank = NodeOrder.IdRanks(graph);
        var chosen = new bool[graph.Targets.Length];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (graph.Degree(v) <= perNode)
            {
                chosen.AsSpan(graph.Offsets[v], graph.Degree(v)).Fill(true);
                continue;
            }

            foreach (var arc in NodeOrder.HeaviestArcs(graph, v, perNode, idRank))
            {
                chosen[arc] = true;
            }
        }

        var kept = new List<WeightedEdge>();
        for (var v = 0; v < graph.NodeCount; v++)
        {
            for (var i = graph.Offsets[v]; i < graph.Offsets[v + 1]; i++)
            {
                var u = graph.Targets[i];
                if (u > v && (chosen[i] || chosen[NodeOrder.Arc(graph, u, v)]))
                {
                    kept.Add(new WeightedEdge(v, u, graph.Weights[i]));
                }
            }
        }

        return [.. kept];
    }

    /// <summary>The <paramref name="count"/> heaviest neighbours of node <paramref name="v"/>, heaviest first, ties by id.</summary>
    public static int[] Neighbours(CsrGraph graph, int v, int count)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)v, (uint)graph.NodeCount, nameof(v));
        return Neighbours(graph, v, count, NodeOrder.IdRanks(graph));
    }

    internal static int[] Neighbours(CsrGraph graph, int v, int count, int[] idRank)
    {
        var arcs = NodeOrder.HeaviestArcs(graph, v, count, idRank);
        var result = new int[arcs.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = graph.Targets[arcs[i]];
        }

        return result;
    }
}
