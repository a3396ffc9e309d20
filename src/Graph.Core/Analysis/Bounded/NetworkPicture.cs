using Graph.Core.Network;

namespace Graph.Core.Analysis.Bounded;

/// <summary>
/// The part of a cooperation network worth drawing: a <see cref="BoundedPicture"/> chosen on the whole
/// network's CSR snapshot, turned back into a <see cref="CooperationNetwork"/> of the kept nodes and
/// edges (their evidence intact), with the picture that says what was left out.
/// </summary>
/// <param name="Shown">The network to draw: the whole one when <paramref name="Picture"/> is null.</param>
/// <param name="Picture">How the network was bounded, or null when it was small enough to show whole.</param>
public sealed record NetworkPicture(CooperationNetwork Shown, BoundedPicture? Picture)
{
    /// <summary>
    /// The whole network when it is within <paramref name="options"/>' node budget and <paramref name="edgeLimit"/>
    /// edges and <paramref name="always"/> is false; otherwise its bounded picture. Included ids that are
    /// not nodes of this network are skipped (they may be filtered out of the view).
    /// </summary>
    /// <example><code>var picture = NetworkPicture.Of(network, new PictureOptions { NodeBudget = 300 }, edgeLimit: 4000);</code></example>
    public static NetworkPicture Of(CooperationNetwork network, PictureOptions options, int edgeLimit, bool always = false)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!always && network.NodeCount <= options.NodeBudget && network.EdgeCount <= edgeLimit)
        {
            return new NetworkPicture(network, null);
        }

        var graph = CsrGraph.FromNetwork(network);
        var present = options with { Include = [.. options.Include.Where(id => graph.IndexOf(id) >= 0).Distinct(StringComparer.Ordinal)] };
        var picture = BoundedPicture.Of(graph, present);
        var shown = new CooperationNetwork(network.View);
        foreach (var v in picture.Nodes)
        {
            shown.AddNode(network.Nodes[v]);
        }

        foreach (var e in picture.Edges)
        {
            shown.AddEdge(network.FindEdge(graph.NodeIds[e.U], graph.NodeIds[e.V])
                ?? throw new InvalidOperationException("A picture edge is not an edge of its network."));
        }

        return new NetworkPicture(shown, picture);
    }
}
