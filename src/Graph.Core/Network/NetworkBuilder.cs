using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Network;

/// <summary>
/// Builds a <see cref="CooperationNetwork"/> from a <see cref="CooperationDataset"/>.
/// A node is an actor that takes part in at least one admitted event. In the projections two
/// actors are linked when a report names both as taking part in the same event; the edge weight
/// is the number of distinct operations they share (or of reports, or Newman's collaboration weight), and its
/// evidence is every such event with the sentences placing either actor in it.
/// </summary>
public static class NetworkBuilder
{
    /// <summary>Builds the network for a view, keeping what <paramref name="filter"/> admits.</summary>
    /// <example><code>var network = NetworkBuilder.Build(store.LoadDataset(), NetworkView.Actors, NetworkFilter.None);</code></example>
    public static CooperationNetwork Build(CooperationDataset dataset, NetworkView view, NetworkFilter filter)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(filter);
        var context = new BuildContext(dataset, view, filter);
        var network = view == NetworkView.Bipartite ? BuildTwoMode(context) : BuildProjection(context);
        return Finish(network, filter);
    }

    /// <summary>The filters applied to a built network: the minimum edge weight, then the ego network.</summary>
    internal static CooperationNetwork Finish(CooperationNetwork network, NetworkFilter filter)
    {
        network = DropLightEdges(network, filter.MinWeight);
        return filter.Center is { } center ? Ego(network, center, filter.Depth) : network;
    }

    private static CooperationNetwork BuildProjection(BuildContext context)
    {
        var network = new CooperationNetwork(context.View);
        var pairs = new Dictionary<(string, string), PairTally>();
        foreach (var e in context.AdmittedEvents())
        {
            var members = context.Members(e);
            foreach (var member in members)
            {
                network.AddNode(member.Node);
            }

            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = (members[i], members[j]);
                    var key = string.CompareOrdinal(a.Node.Id, b.Node.Id) < 0 ? (a.Node.Id, b.Node.Id) : (b.Node.Id, a.Node.Id);
                    if (!pairs.TryGetValue(key, out var tally))
                    {
                        pairs[key] = tally = new PairTally();
                    }

                    tally.Add(context.Evidence(e, a, b), e.OperationId ?? -e.ReportId, a.Led || b.Led, 1.0 / (members.Count - 1), a.Curated || b.Curated);
                }
            }
        }

        foreach (var ((a, b), tally) in pairs)
        {
            var weight = context.Filter.Weighting switch
            {
                EdgeWeighting.Newman => tally.Newman,
                EdgeWeighting.Reports => tally.Reports.Count,
                _ => tally.Operations.Count,
            };
            network.AddEdge(new CooperationEdge(a, b, weight, tally.Led ? EdgeKind.Led : EdgeKind.Together, tally.Evidence) { Curated = tally.Curated });
        }

        return network;
    }

    private static CooperationNetwork BuildTwoMode(BuildContext context)
    {
        var network = new CooperationNetwork(NetworkView.Bipartite);
        foreach (var e in context.AdmittedEvents())
        {
            var members = context.Members(e);
            if (members.Count == 0)
            {
                continue;
            }

            var eventNode = new NetworkNode("event:" + e.Id, context.EventLabel(e), NodeKind.Event, null, e.Language);
            network.AddNode(eventNode);
            foreach (var member in members)
            {
                network.AddNode(member.Node);
                var evidence = context.Evidence(e, member, null);
                network.AddEdge(new CooperationEdge(member.Node.Id, eventNode.Id, 1, member.Led ? EdgeKind.Led : EdgeKind.Together, [evidence]) { Curated = member.Curated });
            }
        }

        return network;
    }

    private static CooperationNetwork DropLightEdges(CooperationNetwork network, double? minWeight)
    {
        if (minWeight is not { } min)
        {
            return network;
        }

        var kept = new CooperationNetwork(network.View);
        var heavy = network.Edges.Where(e => e.Weight >= min).ToList();
        var touched = heavy.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
        foreach (var node in network.Nodes.Where(n => touched.Contains(n.Id)))
        {
            kept.AddNode(node);
        }

        heavy.ForEach(kept.AddEdge);
        return kept;
    }

    private static CooperationNetwork Ego(CooperationNetwork network, string center, int depth)
    {
        var around = network.Neighbourhood(center, Math.Max(0, depth));
        return network.Induced(n => around.Contains(n.Id));
    }

    private sealed class PairTally
    {
        public List<EdgeEvidence> Evidence { get; } = [];

        public HashSet<long> Reports { get; } = [];

        // An event not linked to an operation counts as its report's own (negated report id).
        public HashSet<long> Operations { get; } = [];

        public bool Led { get; private set; }

        public double Newman { get; private set; }

        public bool Curated { get; private set; }

        public void Add(EdgeEvidence evidence, long operation, bool led, double newmanShare, bool curated)
        {
            Curated |= curated;
            Evidence.Add(evidence);
            Reports.Add(evidence.ReportId);
            Operations.Add(operation);
            Led |= led;
            Newman += newmanShare;
        }
    }
}
