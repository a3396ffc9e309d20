using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Category 1 of issue 13: police forces named after a state, province or police area the agency list lacks.</summary>
public sealed class SubNationalForceTests
{
    [Theory]
    [InlineData("Essex Police arrested six people with the Guardia Civil.", "agency:essex-police", "GB")]
    [InlineData("Chandigarh Police arrested six people with the Sri Lanka Navy.", "agency:chandigarh-police", "IN")]
    [InlineData("Saskatchewan Police arrested six people with the FBI.", "agency:saskatchewan-police", "CA")]
    public void APoliceForceNamedAfterAStateBelongsToItsCountry(string text, string id, string country)
    {
        var extraction = Extract(text);

        var force = Assert.Single(extraction.Actors, a => a.Id == id);
        Assert.Equal(country, force.CountryCode);
        Assert.Contains(id, Assert.Single(extraction.Events).ParticipantIds);
    }

    [Fact]
    public void AnUnlistedForceJoinedByAndToAListedOneIsABodyOfItsOwn()
    {
        var ids = ActorIds("The Guardia Civil and Essex Police arrested six people.");

        Assert.Contains("agency:guardia-civil", ids);
        Assert.Contains("agency:essex-police", ids);
    }

    [Fact]
    public void AStateNameAloneNamesNoCountry() =>
        Assert.DoesNotContain("IN", Countries("Heroin from Kerala reached the Guardia Civil's port checks in Algeciras."));
}
