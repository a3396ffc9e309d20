using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 6: wording families unseen text uses and the lists lacked — places in an arrest
/// count's part list, a country listed after a region, a recent month of the year before, forces below
/// the national level, navies, and bodies named through a possessive.
/// </summary>
public sealed class UnseenWordingTests
{
    private const string Opening = "Europol and the Guardia Civil arrested nine people in a joint operation. ";

    [Theory]
    [InlineData("Police arrested ten suspects across the region, including three in Peru and a courier in Chile.", "country:PE")]
    [InlineData("Police arrested ten suspects across the region, including three in Peru and a courier in Chile.", "country:CL")]
    [InlineData("Six more people were detained, among them two in Portugal.", "country:PT")]
    public void APlaceInTheBreakdownOfAnArrestCountTakesPart(string acting, string country) =>
        Assert.Contains(country, SingleEvent(Opening + acting).ParticipantIds);

    [Fact]
    public void APlaceInAListWithoutAnArrestCountTakesNoPart() =>
        Assert.DoesNotContain("country:CL", SingleEvent(Opening + "The drugs were sold in bars, including some in Chile.").ParticipantIds);

    [Fact]
    public void ACountryListedAfterARegionSharesItsActingCue() =>
        Assert.Contains("country:US", SingleEvent(Opening + "The other suspects were arrested elsewhere in Europe and the United States.").ParticipantIds);

    [Fact]
    public void AMonthOfTheYearBeforeTheReportIsThisStorysTime()
    {
        var cooperation = SingleEvent("MADRID, 7 June 2025 — " + Opening + "In December 2024, police in Chile searched two homes.");

        Assert.Contains("country:CL", cooperation.ParticipantIds);
    }

    [Fact]
    public void AYearLongBeforeTheReportIsStillBackground()
    {
        var cooperation = SingleEvent("MADRID, 7 June 2025 — " + Opening + "In December 2022, police in Chile searched two homes.");

        Assert.DoesNotContain("country:CL", cooperation.ParticipantIds);
    }

    [Fact]
    public void OfficersSentToACountryTakePartThere() =>
        Assert.Contains("country:CL", SingleEvent(Opening + "INTERPOL invited Spanish investigators to Chile to present the case.").ParticipantIds);

    [Theory]
    [InlineData("Punjab Police and Haryana Police arrested 12 men.", "agency:punjab-police", "country:IN")]
    [InlineData("Detectives of the Western Australia Police Force searched a house.", "agency:wa-police", "country:AU")]
    [InlineData("The Bavarian State Criminal Police Office raided a warehouse.", "agency:lka-bavaria", "country:DE")]
    public void AForceBelowTheNationalLevelTakesPartForItsCountry(string acting, string agency, string country)
    {
        var cooperation = SingleEvent(Opening + acting);

        Assert.Contains(agency, cooperation.ParticipantIds);
        Assert.Contains(country, cooperation.ParticipantIds);
    }

    [Fact]
    public void ANavyTiedToACountryIsDiscoveredAsAnAgency()
    {
        var extraction = Extract(Opening + "The Togolese Navy boarded two tankers near Lomé.");

        Assert.Contains(extraction.Actors, a => a.Name == "Togolese Navy" && a.CountryCode == "TG");
        Assert.Contains("country:TG", Assert.Single(extraction.Events).ParticipantIds);
    }

    [Fact]
    public void ADemonymBeforeANavalUnitTakesPart() =>
        Assert.Contains("country:BJ", SingleEvent(Opening + "Beninese naval units escorted a third ship into port.").ParticipantIds);

    [Fact]
    public void ABodyDiscoveredThroughAPossessiveKeepsThePossessiveForm()
    {
        var extraction = Extract(Opening + "Malawi's Financial Crimes Directorate traced the transfers.");

        var body = Assert.Single(extraction.Actors, a => a.Name == "Financial Crimes Directorate");
        Assert.Equal("MW", body.CountryCode);
        Assert.Contains("Malawi's Financial Crimes Directorate", body.Aliases);
    }

    [Theory]
    [InlineData("The suspects will appear before the Regional Court in Ostrava.", "Regional Court", "CZ")]
    [InlineData("The five men will face Brisbane Magistrates Court next month.", "Brisbane Magistrates Court", "AU")]
    [InlineData("The Public Prosecutor's Office in Vienna will decide on indictments.", "Public Prosecutor's Office", "AT")]
    public void ACourtOrProsecutorSeatedInACityIsNamedButTakesNoPart(string later, string name, string country)
    {
        var extraction = Extract(Opening + later);

        var body = Assert.Single(extraction.Actors, a => a.Name == name);
        Assert.Equal(country, body.CountryCode);
        Assert.DoesNotContain(body.Id, Assert.Single(extraction.Events).ParticipantIds);
    }

    [Fact]
    public void ACityTiesNoBodyThatIsNoCourtPoliceOrProsecutor() =>
        Assert.DoesNotContain(Extract(Opening + "Two victims were treated at the Royal Infirmary Centre in Glasgow.").Actors, a => a.Name.Contains("Infirmary", StringComparison.Ordinal));

    [Fact]
    public void ANavyCommandingTheOperationLeadsIt() =>
        Assert.Contains("agency:nigerian-navy", SingleEvent("The patrol was commanded by the Nigerian Navy. Boarding teams from Togo detained two tankers.").LeadIds);

    [Fact]
    public void ABodyThatCarriedOutTheNamedOperationLeadsIt() =>
        Assert.Contains("agency:spain-national-police", SingleEvent("The Spanish National Police carried out Operation Koral with the support of Europol. Nine men were arrested.").LeadIds);

    [Fact]
    public void ABodyThatCarriedOutOnlyThePartItDidTakesPart() =>
        Assert.DoesNotContain("agency:guardia-civil", SingleEvent("Operation Koral was led by Europol. The Guardia Civil carried out the searches in Madrid.").LeadIds);

    [Theory]
    [InlineData("Navies patrolled the Gulf of Guinea for ten days.", "GN")]
    [InlineData("The boats left the Gulf of Oman at night.", "OM")]
    public void ASeaOrRegionNamedAfterACountryNamesNoCountry(string sentence, string country) =>
        Assert.DoesNotContain(country, Countries(Opening + sentence));
}
