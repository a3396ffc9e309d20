using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 15: official bodies outside the gazetteer whose name says no country. A report filed from
/// one country gives them that country (in their id too, so two countries' same-named bodies stay two); a report
/// about many countries gives them none and drops them, unless a city seats them. Also: a person's post is no
/// body, people before "of the" do not end a body's name at its country, an operation's name is no body, and a
/// country named before another country's listed body names a body of its own.
/// </summary>
public sealed class ReportCountryDiscoveryTests
{
    private static Actor? Body(ReportExtraction extraction, string name) =>
        extraction.Actors.SingleOrDefault(a => a.Kind == ActorKind.Agency && a.Name == name);

    [Fact]
    public void ABodyWithNoCountryInItsNameIsTheDatelineCountrys()
    {
        var extraction = Extract("NAIROBI, 4 June 2025 — The Wildlife Crimes Investigation Unit and the Kenya Wildlife Service seized 40 tusks at a warehouse.");
        var unit = Body(extraction, "Wildlife Crimes Investigation Unit");

        Assert.NotNull(unit);
        Assert.Equal("KE", unit.CountryCode);
        Assert.Contains(unit.Id, Assert.Single(extraction.Events).ParticipantIds);
    }

    [Fact]
    public void TwoCountriesSameNamedMinistriesAreTwoBodies()
    {
        var kenyan = Body(Extract("NAIROBI, 4 June 2025 — The Ministry of Internal Security and the Kenya Wildlife Service seized 40 tusks."), "Ministry of Internal Security");
        var ugandan = Body(Extract("KAMPALA, 4 June 2025 — The Ministry of Internal Security and the Uganda Wildlife Authority seized 40 tusks."), "Ministry of Internal Security");

        Assert.NotNull(kenyan);
        Assert.NotNull(ugandan);
        Assert.NotEqual(kenyan.Id, ugandan.Id);
        Assert.Equal(("KE", "UG"), (kenyan.CountryCode, ugandan.CountryCode));
    }

    [Fact]
    public void AReportAboutManyCountriesGivesSuchABodyNone() =>
        Assert.Null(Body(Extract("THE HAGUE, 4 June 2025 — Police in Spain, Italy, France and Germany, with the Ministry of Internal Security, arrested 20 people."),
            "Ministry of Internal Security"));

    [Fact]
    public void ANameOfItsKindAloneIsTheReportCountrysBody()
    {
        var office = Body(Extract("LUSAKA, 2 May 2025 — The Drug Enforcement Commission and the Attorney General's Office froze three bank accounts."), "Attorney General's Office");

        Assert.NotNull(office);
        Assert.Equal("ZM", office.CountryCode);
    }

    [Fact]
    public void ANameOfItsKindAloneInAManyCountryReportIsNoBody() =>
        Assert.Null(Body(Extract("THE HAGUE, 4 June 2025 — Police in Spain, Italy and France and the Attorney General's Office arrested 20 people."),
            "Attorney General's Office"));

    [Theory]
    [InlineData("BRIDGETOWN, 2 May 2025 — The Commissioner of Police said the Royal Barbados Police Force arrested four men.", "Commissioner of Police")]
    [InlineData("BRIDGETOWN, 2 May 2025 — The Bridgetown Superintendent of Police said officers arrested four men.", "Bridgetown Superintendent of Police")]
    public void APersonsPostIsNoBody(string text, string post) =>
        Assert.Null(Body(Extract(text), post));

    [Fact]
    public void APostAfterAHeadNounIsPartOfABodysName() =>
        Assert.NotNull(Body(Extract("LUSAKA, 2 May 2025 — The Office of the Director of Public Prosecutions and the Drug Enforcement Commission froze three accounts."),
            "Office of the Director of Public Prosecutions"));

    [Fact]
    public void PeopleBeforeOfTheDoNotCutTheNameAtItsCountry()
    {
        var force = Body(Extract("Soldiers of the Malawi Defence Force escorted the convoy that carried the seized ivory."), "Malawi Defence Force");

        Assert.NotNull(force);
        Assert.Equal("MW", force.CountryCode);
    }

    [Fact]
    public void AnOperationsNameIsNoBody() =>
        Assert.DoesNotContain(Extract("ACCRA, 2 May 2025 — Operation Harbour Guard was run by the Ghana Police Service and the Ghana Navy.").Actors,
            a => a.Kind == ActorKind.Agency && a.Name.StartsWith("Operation", StringComparison.Ordinal));

    [Fact]
    public void ACityInTheFirstSentenceThatIsNotTheDatelineGivesNoCountry()
    {
        var unit = Body(Extract("PORT OF SPAIN, 2 May 2025 — The Counter Trafficking Unit and the Trinidad and Tobago Coast Guard seized rifles shipped from Miami and Houston."),
            "Counter Trafficking Unit");

        Assert.NotNull(unit);
        Assert.Equal("TT", unit.CountryCode);
    }

    [Fact]
    public void AnotherCountrysNameBeforeAListedBodyNamesABodyOfItsOwn()
    {
        var cooperation = SingleEvent("Investigators of the Slovak National Crime Agency searched twelve houses near Žilina in a joint operation.");

        Assert.DoesNotContain("agency:nca", cooperation.ParticipantIds);
        Assert.DoesNotContain("country:GB", cooperation.ParticipantIds);
        Assert.Contains("country:SK", cooperation.ParticipantIds);
    }

    [Fact]
    public void ASentenceOpeningWithACountryGivesItToTheBodyAfterIt()
    {
        var office = Body(Extract("DAKAR, 2 May 2025 — The Senegalese Navy seized 300 kg of cocaine. In neighbouring Guinea, the Coastal Anti-Drug Directorate arrested three men."),
            "Coastal Anti-Drug Directorate");

        Assert.NotNull(office);
        Assert.Equal("GN", office.CountryCode);
    }

    [Fact]
    public void AnotherCountrysNameBeforeASharedNamePicksThatCountrysBody() =>
        Assert.Contains(Extract("LUSAKA, 2 May 2025 — Rangers of Malawi's Department of National Parks and Wildlife arrested two men at the border.").Actors,
            a => a.Id == "agency:malawi-dnpw");

    [Fact]
    public void ItsOwnCountrysNameBeforeAListedBodyStillNamesIt() =>
        Assert.Contains("agency:kenya-kws", SingleEvent("The Kenya Wildlife Service seized 40 tusks in a joint operation.").ParticipantIds);
}
