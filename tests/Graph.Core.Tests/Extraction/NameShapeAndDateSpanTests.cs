using Graph.Core.Extraction;
using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 13: the shapes of name and wording that lost English pairs on the session's new dev reports —
/// a body's name that ends in "of" and a country, two joined names of one body, a body listed after its country and
/// a colon, a state's excise department, countries after the dates an operation ran, and English names two
/// countries' bodies share.
/// </summary>
public sealed class NameShapeAndDateSpanTests
{
    private const string Opening = "Europol and the Guardia Civil arrested nine people in a joint operation. ";

    private static Actor AgencyOf(ReportExtraction extraction, string country) =>
        Assert.Single(extraction.Actors, a => a.Kind == ActorKind.Agency && a.CountryCode == country);

    [Theory]
    [InlineData("Officers of the Gendarmerie of Chad searched two lorries.", "TD", "Gendarmerie of Chad")]
    [InlineData("Agents of the Anti-Drug Service of the Republic of Burundi seized the parcels.", "BI", "Anti-Drug Service of the Republic of Burundi")]
    public void ANameEndingInACountryAfterOfIsOneBodyOfThatCountry(string sentence, string country, string name)
    {
        var extraction = Extract(Opening + sentence);
        var body = AgencyOf(extraction, country);

        Assert.Equal(name, body.Name);
        Assert.Contains(body.Id, Assert.Single(extraction.Events).ParticipantIds);
    }

    [Fact]
    public void AndBeforeACountryStillStartsAnotherBody() =>
        Assert.DoesNotContain(Extract(Opening + "The Financial Police and Chad's gendarmes searched two lorries.").Actors,
            a => a.Name.Contains("Chad", StringComparison.Ordinal) && a.Kind == ActorKind.Agency);

    [Fact]
    public void TwoJoinedNamesAfterAHeadAreOneBody() =>
        Assert.Equal("Tuvalu Customs and Inland Revenue",
            AgencyOf(Extract(Opening + "The Tuvalu Customs and Inland Revenue searched a yacht at Funafuti."), "TV").Name);

    [Fact]
    public void ABodyListedAfterItsCountryAndAColonIsThatCountrys()
    {
        var cooperation = SingleEvent("Europol supported the action day, which involved these authorities: Estonia: Economic Crime Bureau; Spain: Guardia Civil.");

        Assert.Contains(cooperation.ParticipantIds, id => id.StartsWith("agency:", StringComparison.Ordinal) && id.Contains("economic-crime-bureau", StringComparison.Ordinal));
        Assert.Contains("country:EE", cooperation.ParticipantIds);
    }

    [Fact]
    public void AStatesExciseDepartmentIsTiedToItsCountry() =>
        Assert.Contains(Extract("A joint team of the Goa Excise Department and the Narcotics Control Bureau seized 20 kg of charas.").Actors,
            a => a is { Kind: ActorKind.Agency, Name: "Goa Excise Department", CountryCode: "IN" });

    [Theory]
    [InlineData("The operation ran from 2 to 20 June in Gabon, Congo and Chad.")]
    [InlineData("The action days took place between Monday 3 March and Friday 7 March in Gabon, Congo and Chad.")]
    public void CountriesAfterTheDatesAnOperationRanTakePart(string sentence)
    {
        var cooperation = SingleEvent(Opening + sentence);

        Assert.Contains("country:GA", cooperation.ParticipantIds);
        Assert.Contains("country:TD", cooperation.ParticipantIds);
    }

    [Fact]
    public void ADateDoesNotMakeAnOriginTakePart() =>
        Assert.DoesNotContain("country:GA", SingleEvent(Opening + "The timber was shipped on 2 June from Gabon.").ParticipantIds);

    [Fact]
    public void TheNationalBureauOfInvestigationIsTheReportsOwnCountrys()
    {
        var cooperation = SingleEvent("MANILA — The National Bureau of Investigation and the Philippine National Police arrested six people in a joint operation.");

        Assert.Contains("agency:philippines-nbi", cooperation.ParticipantIds);
        Assert.DoesNotContain("country:FI", cooperation.ParticipantIds);
    }

    [Fact]
    public void FinlandsBureauKeepsItsNameInAFinnishReport() =>
        Assert.Contains("agency:finland-nbi", SingleEvent("HELSINKI — The National Bureau of Investigation and the Swedish Police Authority arrested six people in Finland and Sweden in a joint operation.").ParticipantIds);

    [Fact]
    public void ThePhilippineDepartmentOfJusticeIsNotTheUnitedStates() =>
        Assert.DoesNotContain(Extract("MANILA — The Philippine National Police and the Bureau of Immigration arrested twelve people in the Philippines. The Department of Justice will file charges.").Actors,
            a => a.Id == "country:US" || a.Id == "agency:us-doj");

    [Fact]
    public void AJointSubjectListReadsPastAShortFormInBrackets() =>
        Assert.Equal(["agency:bangladesh-bgb", "agency:bangladesh-coast-guard"],
            SingleEvent("Border Guard Bangladesh (BGB) and the Bangladesh Coast Guard seized 90,000 tablets in a joint operation.").LeadIds.Order());

    [Fact]
    public void AJointSubjectAfterAColonDatelineAndItsPeopleLeads()
    {
        var cooperation = SingleEvent("Teknaf, 4 May 2025: Members of Border Guard Bangladesh and the Bangladesh Coast Guard seized 90,000 tablets on the river in a joint operation.");

        Assert.Contains("agency:bangladesh-bgb", cooperation.LeadIds);
        Assert.Contains("agency:bangladesh-coast-guard", cooperation.LeadIds);
    }

    [Fact]
    public void ThePartnerOfAJointOperationWithLeadsToo() =>
        Assert.Contains("agency:bangladesh-dnc",
            SingleEvent("Border Guard Bangladesh and the Bangladesh Coast Guard seized 90,000 tablets in a joint operation with the Department of Narcotics Control.").LeadIds);

    [Fact]
    public void ALeadListGoesOnPastACapitalisedUnitAfterAPossessive()
    {
        var cooperation = SingleEvent("The case was jointly led by the RCMP's Integrated Border Enforcement Team and the Vancouver Police Department, which arrested nine people.");

        Assert.Contains("agency:rcmp", cooperation.LeadIds);
        Assert.Contains(cooperation.LeadIds, id => id.Contains("vancouver", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The boats crossed the Strait of Gibraltar at night.", "GI")]
    [InlineData("The vessel was boarded in the Gulf of Honduras.", "HN")]
    public void AStraitOrAGulfNamesNoCountry(string sentence, string country) =>
        Assert.DoesNotContain(country, Countries(Opening + sentence));

    [Fact]
    public void AFinancialIntelligenceCentreIsTheReportsOwnCountrys()
    {
        var cooperation = SingleEvent("WINDHOEK — The Namibian Police Force and the Financial Intelligence Centre arrested four people in Namibia in a joint operation.");

        Assert.Contains("agency:namibia-fic", cooperation.ParticipantIds);
        Assert.DoesNotContain("country:ZA", cooperation.ParticipantIds);
    }

    [Fact]
    public void ACurrencyNamesNoCountry() =>
        Assert.DoesNotContain("US", Countries(Opening + "The network moved 4 million US dollars through the accounts."));

    [Fact]
    public void ADistrictAttorneysOfficeIsTiedToItsBorough() =>
        Assert.Contains(Extract(Opening + "The Brooklyn District Attorney's Office shared the seized ledgers.").Actors,
            a => a is { Kind: ActorKind.Agency, CountryCode: "US" } && a.Name.StartsWith("Brooklyn", StringComparison.Ordinal));

    [Fact]
    public void TheBodiesAnInvestigationWasRunJointlyWithLead() =>
        Assert.Contains("agency:zambia-dec",
            SingleEvent("LUSAKA — The Zambia Police Service arrested six officials in an investigation run jointly with the Drug Enforcement Commission.").LeadIds);

    [Theory]
    [InlineData("The warehouse was searched by the Harris County Sheriff's Office.", "Harris County Sheriff's Office")]
    [InlineData("Officers of the Kilburn Constabulary searched the warehouse.", "Kilburn Constabulary")]
    public void APoliceForceNamedWithoutACountryIsStillABodyThatActs(string sentence, string name)
    {
        var extraction = Extract(Opening + sentence);
        var body = Assert.Single(extraction.Actors, a => a.Name == name);

        Assert.Null(body.CountryCode);
        Assert.Contains(body.Id, Assert.Single(extraction.Events).ParticipantIds);
    }

    [Fact]
    public void ACourtNamedWithoutACountryIsNamedButTakesNoPart()
    {
        var extraction = Extract(Opening + "The suspects will appear before the Snaresbrook Crown Court on Friday.");
        var court = Assert.Single(extraction.Actors, a => a.Name == "Snaresbrook Crown Court");

        Assert.DoesNotContain(court.Id, Assert.Single(extraction.Events).ParticipantIds);
    }

    [Fact]
    public void KindsOfBodyWithoutANameAreNoBody() =>
        Assert.DoesNotContain(Extract(Opening + "Officers of the Police and Customs checked the lorries.").Actors, a => a.Name == "Police and Customs");

    [Theory]
    [InlineData("Officers of the Federal Police checked the lorries.", "Federal Police")]
    [InlineData("The Comptroller-General of Customs praised the officers.", "Comptroller-General of Customs")]
    public void AKindOrAPostNamedWithoutACountryIsNoBodyOfItsOwn(string sentence, string name) =>
        Assert.DoesNotContain(Extract(Opening + sentence).Actors, a => a.Name == name);
}
