namespace Graph.Core.Network;

/// <summary>
/// Cuts a network down to what a page can draw and a wire can carry: the <c>nodes</c> of highest
/// weighted degree (sum of edge weights; ties by id), then among their edges the <c>edges</c>
/// heaviest (ties by id), keeping the network's order. A network within budget is returned as is.
/// </summary>
public static class NetworkBudget
{
    /// <summary>The network itself when within budget, else its cut with <see cref="CooperationNetwork.CutFrom"/> set.</summary>
    /// <example><code>var shown = NetworkBudget.Apply(network, nodes: 1000, edges: 10000);</code></example>
    public static CooperationNetwork Apply(CooperationNetwork network, int nodes, int edges)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.NodeCount <= nodes && network.EdgeCount <= edges)
        {
            return network;
        }

        var strength = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var e in network.Edges)
        {
            strength[e.Source] = strength.GetValueOrDefault(e.Source) + e.Weight;
            strength[e.Target] = strength.GetValueOrDefault(e.Target) + e.Weight;
        }

        var kept = network.Nodes
            .OrderByDescending(n => strength.GetValueOrDefault(n.Id)).ThenBy(n => n.Id, StringComparer.Ordinal)
            .Take(nodes).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var keptEdges = network.Edges.Where(e => kept.Contains(e.Source) && kept.Contains(e.Target))
            .OrderByDescending(e => e.Weight).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(edges).ToHashSet();
        var cut = new CooperationNetwork(network.View) { CutFrom = new NetworkCut(network.NodeCount, network.EdgeCount, nodes, edges) };
        foreach (var node in network.Nodes.Where(n => kept.Contains(n.Id)))
        {
            cut.AddNode(node);
        }

        foreach (var edge in network.Edges.Where(keptEdges.Contains))
        {
            cut.AddEdge(edge);
        }

        return cut;
    }
}
