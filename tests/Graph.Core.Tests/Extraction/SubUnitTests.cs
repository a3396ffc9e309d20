using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Category 2 of issue 13: one rule for units, folded into the body they belong to.</summary>
public sealed class SubUnitTests
{
    [Theory]
    [InlineData("The Hawks arrested two men in Durban, and the Guardia Civil traced their accomplices.", "agency:south-africa-saps")]
    [InlineData("European Delegated Prosecutors in Rome directed searches by the Guardia di Finanza.", "agency:eppo")]
    [InlineData("The Carabinieri Command for the Protection of Cultural Heritage returned 40 vases with help from the Guardia Civil.", "agency:carabinieri")]
    public void AUnitIsItsParentBody(string text, string parent) =>
        Assert.Contains(parent, SingleEvent(text).ParticipantIds);

    [Fact]
    public void AMinistryNamedWithItsCountryIsDiscoveredEvenWhenItsHeadComesFirst()
    {
        var extraction = Extract("Armenia's Ministry of Territorial Administration and the Guardia Civil exchanged files.");

        var agency = Assert.Single(extraction.Actors, a => a.Kind == ActorKind.Agency && a.CountryCode == "AM");
        Assert.Equal("Ministry of Territorial Administration", agency.Name);
    }
}
