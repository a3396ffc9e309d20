using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Model;

namespace Graph.Core.Tests.Extraction;

public sealed class ActorCatalogueTests
{
    private static readonly ActorCatalogue Catalogue = new(ExtractionKnowledge.Default);

    [Fact]
    public void ADiscoveredBodyKeepsEachOtherNameOnceInTheOrderFirstGiven()
    {
        const string id = "agency:harbour-watch";
        var discovered = new Dictionary<string, Actor>(StringComparer.Ordinal)
        {
            [id] = new Actor(id, ActorKind.Agency, "Harbour Watch", null, ["Harbour Watch", "the Watch"]),
        };
        List<ActorCatalogue.Name> names =
        [
            new(id, -1, "HARBOUR WATCH"),
            new(id, -1, "the Watch"),
            new(id, -1, "Harbour Watch"),
            new(id, -1, "HW"),
        ];

        var actor = Assert.Single(Catalogue.Describe(names, [], discovered));

        Assert.Equal(["the Watch", "HARBOUR WATCH", "HW"], actor.Aliases);
    }

    [Fact]
    public void SurfacesOfOneReportAreNotCarriedIntoTheNext()
    {
        const string id = "agency:harbour-watch";
        var discovered = new Dictionary<string, Actor>(StringComparer.Ordinal)
        {
            [id] = new Actor(id, ActorKind.Agency, "Harbour Watch", null, []),
        };

        Catalogue.Describe([new(id, -1, "HW")], [], discovered);
        var second = Assert.Single(Catalogue.Describe([new(id, -1, "Watch")], [], discovered));

        Assert.Equal(["Watch"], second.Aliases);
    }
}
