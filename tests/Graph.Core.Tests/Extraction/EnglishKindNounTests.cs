using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Session 23 (issue 13): English puts the demonym first and capitalised ("Dutch police", "Belgian customs").</summary>
public sealed class EnglishKindNounTests
{
    [Theory]
    [InlineData("Dutch police picked up two men who had rented the warehouse in Rotterdam.", "agency:dutch-national-police")]
    [InlineData("Belgian customs found 900 kilograms of cocaine among the bananas in Antwerp.", "agency:belgian-customs")]
    [InlineData("Zambian police arrested the two drivers at Chililabombwe.", "agency:zambia-police")]
    public void ACapitalisedDemonymBeforeAKindNounNamesThatCountrysBody(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));

    [Fact]
    public void ACountryWithSeveralPoliceBodiesKeepsItsDemonym()
    {
        var extraction = Extract("Brazilian police raided a farm near Manaus and seized 40 rifles.");

        Assert.DoesNotContain(extraction.Actors, a => a.Kind == Graph.Core.Model.ActorKind.Agency && a.CountryCode == "BR");
        Assert.Contains(extraction.Actors, a => a.Id == "country:BR");
    }

    [Fact]
    public void ADemonymBeforeAnotherNounStaysTheCountry() =>
        Assert.DoesNotContain("agency:dutch-national-police", ActorIds("Dutch prosecutors charged two men who had rented the warehouse in Rotterdam."));

    [Theory]
    [InlineData("Two Danish police officers were hurt in the raid.", "agency:denmark-police")]
    [InlineData("The operation was led by Greek and Cypriot police.", "agency:cyprus-police")]
    public void APeopleNounAfterOrADemonymListBeforeLeavesTheDemonym(string text, string agency) =>
        Assert.DoesNotContain(agency, ActorIds(text));

    [Fact]
    public void ABarePoliceDoesNotNameASpecialisedPolice() =>
        Assert.DoesNotContain("agency:georgia-border-police", ActorIds("Georgian police arrested two men who had stolen icons from a church near Mtskheta."));

    [Fact]
    public void ABarePublicMinistryInABolivianReportIsBolivias() =>
        Assert.Contains("agency:bolivia-fiscalia", ActorIds("La Paz, 4 May 2026 — The Public Ministry charged six men after fuel seizures in Bolivia, near Desaguadero, Bolivia."));
}
