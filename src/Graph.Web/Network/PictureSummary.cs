using System.Globalization;
using Graph.Core.Analysis.Bounded;
using Graph.Core.Network;

namespace Graph.Web.Network;

/// <summary>What /api/graph shows of the whole view, and with which parameters; the page prints <see cref="Statement"/>.</summary>
/// <param name="Bounded">False when the whole view is shown.</param>
/// <param name="NodesTotal">Nodes of the whole view.</param>
/// <param name="NodesKept">Nodes shown.</param>
/// <param name="EdgesTotal">Edges of the whole view.</param>
/// <param name="EdgesKept">Edges shown.</param>
/// <param name="Budget">Node budget (top-ranked nodes kept before included ones).</param>
/// <param name="Measure">What ranked the nodes: weightedDegree, pagerank or betweenness.</param>
/// <param name="Edges">Which edges stay: backbone, top or all.</param>
/// <param name="Alpha">The backbone's α.</param>
/// <param name="K">Edges kept per node by the top rule.</param>
/// <param name="Include">Included ids that are nodes of this view.</param>
/// <param name="MeasureExact">False when betweenness was estimated from a sample of sources.</param>
/// <param name="Statement">"showing 300 of 9,812 actors and 1,204 of 180,331 links — backbone α = 0.05".</param>
/// <param name="EdgesOfRule">Edges between shown nodes that the edge rule kept, before the edge budget took the heaviest.</param>
/// <param name="EdgeBudget">The most of the rule's edges drawn (included nodes' links come on top).</param>
/// <param name="Unweighted">True when every link weighs the same, so the backbone could not choose and all links between shown nodes stayed.</param>
public sealed record PictureSummary(bool Bounded, int NodesTotal, int NodesKept, int EdgesTotal, int EdgesKept,
    int Budget, string Measure, string Edges, double Alpha, int K, IReadOnlyList<string> Include, bool MeasureExact, string Statement,
    int EdgesOfRule, int EdgeBudget, bool Unweighted)
{
    /// <summary>Summarises a picture of <paramref name="view"/> drawn with <paramref name="options"/>.</summary>
    public static PictureSummary Of(NetworkView view, NetworkPicture picture, PictureOptions options)
    {
        var noun = NodeNoun(view);
        var shown = picture.Shown;
        if (picture.Picture is not { } p)
        {
            var whole = string.Create(CultureInfo.InvariantCulture, $"showing all {shown.NodeCount:N0} {noun} and {shown.EdgeCount:N0} links");
            return new(false, shown.NodeCount, shown.NodeCount, shown.EdgeCount, shown.EdgeCount, options.NodeBudget,
                PictureQuery.MeasureNames[(int)options.Measure], PictureQuery.EdgeRuleNames[(int)options.Edges], options.Alpha,
                options.EdgesPerNode, [], true, whole, shown.EdgeCount, options.EdgeBudget, false);
        }

        return new(true, p.TotalNodes, p.Nodes.Count, p.TotalEdges, p.Edges.Count, p.Options.NodeBudget,
            PictureQuery.MeasureNames[(int)p.Options.Measure], PictureQuery.EdgeRuleNames[(int)p.Options.Edges], p.Options.Alpha,
            p.Options.EdgesPerNode, p.Options.Include, p.Measure.IsExact, p.Describe(noun), p.RuleEdges, p.Options.EdgeBudget, p.Unweighted);
    }

    private static string NodeNoun(NetworkView view) => view switch
    {
        NetworkView.Actors => "actors",
        NetworkView.Bipartite => "nodes",
        _ => Graph.Core.Export.ExportNames.Of(view),
    };
}
