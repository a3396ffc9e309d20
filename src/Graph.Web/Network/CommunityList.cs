using Graph.Core.Analysis;

namespace Graph.Web.Network;

/// <summary>Louvain communities of a view, largest first.</summary>
public sealed record CommunityList(double Modularity, int Count, IReadOnlyList<CommunityEntry> Communities)
{
    public static CommunityList From(NetworkAnalysis analysis)
    {
        var nodes = analysis.Network.Nodes;
        var groups = Enumerable.Range(0, nodes.Count)
            .GroupBy(i => analysis[i].Community)
            .Select(g => new CommunityEntry(g.Key, g.Count(), g.Select(i => new CommunityMember(nodes[i].Id, nodes[i].Label)).ToArray()))
            .OrderByDescending(c => c.Size).ThenBy(c => c.Id)
            .ToArray();
        return new CommunityList(analysis.Stats.Modularity, analysis.Stats.Communities, groups);
    }
}
