using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Category 5 of issue 13: countries that are named but did not take part.</summary>
public sealed class MentionedCountryTests
{
    [Theory]
    [InlineData("The Guardia Civil said the money passed through exchange bureaus in Türkiye.", "country:TR")]
    [InlineData("The Guardia Civil found that invoices went to shell companies registered in Cyprus.", "country:CY")]
    [InlineData("The Guardia Civil said the pills were made in factories in Syria.", "country:SY")]
    [InlineData("The Guardia Civil said the boats carried people from Senegal.", "country:SN")]
    [InlineData("The Guardia Civil said the fuel was bought in Germany.", "country:DE")]
    [InlineData("The Guardia Civil said part of the cargo was meant for onward sale in Kuwait.", "country:KW")]
    [InlineData("The Guardia Civil arrested a man who is a resident of Syria.", "country:SY")]
    [InlineData("The Guardia Civil said the cocaine was sent onward to Malaysia.", "country:MY")]
    [InlineData("The Guardia Civil said the cargo routes pass through Peru.", "country:PE")]
    public void OriginsDestinationsAndResidencesAreMentionsNotParticipants(string text, string country)
    {
        var extraction = Extract(text);

        Assert.Contains(extraction.Actors, a => a.Id == country);
        Assert.DoesNotContain(country, Assert.Single(extraction.Events).ParticipantIds);
    }

    [Fact]
    public void RescuedVictimsNationalitiesDoNotTakePart()
    {
        var cooperation = SingleEvent("Thai police said 400 people were rescued, most of them from Kenya and Ethiopia.");

        Assert.DoesNotContain("country:KE", cooperation.ParticipantIds);
        Assert.DoesNotContain("country:ET", cooperation.ParticipantIds);
    }

    [Fact]
    public void PoliceInACountryStillTakePart() =>
        Assert.Contains("country:SY", SingleEvent("Europol said police in Syria arrested two couriers.").ParticipantIds);

    [Fact]
    public void PoliceBroughtTogetherFromACountryTakePart() =>
        Assert.Contains("country:PT", SingleEvent("Operation Lantern, coordinated by Europol, brought together police from Spain and Portugal.").ParticipantIds);

    [Theory]
    [InlineData("Pol Lt Gen Somchai of the Royal Thai Police said 12 people were held.", "PL")]
    [InlineData("Europol said the IS cell was financed from abroad.", "IS")]
    public void RanksAndGroupAbbreviationsAreNoCountries(string text, string code) =>
        Assert.DoesNotContain(code, Countries(text));

    [Fact]
    public void AGenericUnitNameIsNotAnotherCountrysBureau() =>
        Assert.DoesNotContain("PL", Countries("The Royal Thai Police's Central Investigation Bureau raided 30 sites."));
}
