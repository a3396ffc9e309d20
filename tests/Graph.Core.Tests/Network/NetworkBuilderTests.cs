using Graph.Core.Model;
using Graph.Core.Network;

namespace Graph.Core.Tests.Network;

public sealed class NetworkBuilderTests
{
    private static CooperationNetwork Build(NetworkView view, NetworkFilter? filter = null) =>
        NetworkBuilder.Build(SampleDataset.Build(), view, filter ?? NetworkFilter.None);

    [Fact]
    public void ActorViewLinksActorsThatShareAnEvent()
    {
        var network = Build(NetworkView.Actors);

        Assert.Equal(6, network.NodeCount);
        Assert.NotNull(network.FindEdge("agency:europol", "country:FR"));
        Assert.NotNull(network.FindEdge("agency:carabinieri", "agency:french-gendarmerie"));
        Assert.Null(network.FindEdge("agency:carabinieri", "country:ES"));
        Assert.Equal(7, network.EdgeCount);
    }

    [Fact]
    public void EdgeWeightCountsDistinctReports()
    {
        var edge = Build(NetworkView.Actors).FindEdge("agency:spain-national-police", "agency:europol")!;

        Assert.Equal(2, edge.Weight);
        Assert.Equal([1L, 2L], edge.ReportIds);
        Assert.Equal(2, edge.EventCount);
    }

    [Fact]
    public void EdgeIsLedWhenEitherEndLedASharedEvent()
    {
        var network = Build(NetworkView.Actors);

        Assert.Equal(EdgeKind.Led, network.FindEdge("agency:europol", "agency:spain-national-police")!.Kind);
        Assert.Equal(EdgeKind.Together, network.FindEdge("agency:europol", "agency:carabinieri")!.Kind);
    }

    [Fact]
    public void EvidenceQuotesTheSentencesOfBothEndsOnce()
    {
        var evidence = Build(NetworkView.Actors).FindEdge("agency:french-gendarmerie", "agency:europol")!.Evidence;

        var only = Assert.Single(evidence);
        Assert.Equal(2, only.ReportId);
        Assert.Equal("Ports sweep", only.ReportTitle);
        Assert.Equal(["The Gendarmerie seized servers with Europol."], only.Sentences);
    }

    [Fact]
    public void CountryViewFoldsAgenciesIntoTheirCountryAndDropsInternationalBodies()
    {
        var network = Build(NetworkView.Countries);

        Assert.Equal(["country:ES", "country:FR", "country:IT"], network.Nodes.Select(n => n.Id).Order());
        Assert.Equal(2, network.FindEdge("country:ES", "country:FR")!.Weight);
        Assert.NotNull(network.FindEdge("country:FR", "country:IT"));
        Assert.Equal("IT", network.FindNode("country:IT")!.Label);
    }

    [Fact]
    public void AgencyViewLeavesCountriesOut()
    {
        var network = Build(NetworkView.Agencies);

        Assert.All(network.Nodes, n => Assert.Equal(NodeKind.Agency, n.Kind));
        Assert.Equal(4, network.NodeCount);
    }

    [Fact]
    public void BipartiteViewLinksEventsToTheirParticipantsWithRoles()
    {
        var network = Build(NetworkView.Bipartite);

        Assert.Equal(4, network.Nodes.Count(n => n.Kind == NodeKind.Event));
        Assert.Equal(EdgeKind.Led, network.FindEdge("event:10", "agency:spain-national-police")!.Kind);
        Assert.Equal(EdgeKind.Together, network.FindEdge("event:10", "agency:europol")!.Kind);
        Assert.Equal("Operation Vibora", network.FindNode("event:10")!.Label);
        Assert.Equal(10, network.EdgeCount);
    }

    [Fact]
    public void DateRangeKeepsOnlyDatedEventsInside()
    {
        var network = Build(NetworkView.Actors, new NetworkFilter(From: new DateOnly(2024, 6, 1), To: new DateOnly(2024, 12, 31)));

        Assert.DoesNotContain(network.Nodes, n => n.Id == "country:FR");
        Assert.Equal(1, network.FindEdge("agency:spain-national-police", "agency:europol")!.Weight);
    }

    [Fact]
    public void CrimeAreaAndOperationFiltersSelectEvents()
    {
        var cyber = Build(NetworkView.Actors, new NetworkFilter(CrimeArea: "cybercrime"));
        var vibora = Build(NetworkView.Actors, new NetworkFilter(Operation: "vibora"));

        Assert.Equal(3, cyber.NodeCount);
        Assert.Equal(["agency:europol", "agency:spain-national-police", "country:FR"], vibora.Nodes.Select(n => n.Id).Order());
    }

    [Fact]
    public void KindsFilterKeepsOnlyThoseActors()
    {
        var network = Build(NetworkView.Actors, new NetworkFilter(Kinds: new HashSet<ActorKind> { ActorKind.Country }));

        Assert.Equal(2, network.NodeCount);
        Assert.Equal(1, network.EdgeCount);
    }

    [Fact]
    public void MinimumWeightDropsLightEdgesAndTheNodesTheyLeaveAlone()
    {
        var network = Build(NetworkView.Actors, new NetworkFilter(MinWeight: 2));

        Assert.Equal(["agency:europol", "agency:spain-national-police"], network.Nodes.Select(n => n.Id).Order());
    }

    [Fact]
    public void EgoNetworkKeepsNodesWithinDepthHops()
    {
        var one = Build(NetworkView.Actors, new NetworkFilter(Center: "agency:carabinieri", Depth: 1));
        var two = Build(NetworkView.Actors, new NetworkFilter(Center: "agency:carabinieri", Depth: 2));

        Assert.Equal(3, one.NodeCount);
        Assert.Equal(5, two.NodeCount);
        Assert.Null(two.FindNode("country:ES"));
    }

    [Fact]
    public void NewmanWeightingSharesEachEventAmongItsParticipants()
    {
        var network = Build(NetworkView.Actors, new NetworkFilter(Weighting: EdgeWeighting.Newman));

        // Vibora has three participants (1/2 each pair), Harbour two (1 per pair).
        Assert.Equal(1.5, network.FindEdge("agency:spain-national-police", "agency:europol")!.Weight, 12);
    }
}
