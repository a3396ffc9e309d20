using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 24 (issue 13): bodies read from their name's shape and from the knowledge of bodies, each with what it must
/// leave alone. The sentences are written for these tests.
/// </summary>
public sealed class BodyKnowledgeSession24Tests
{
    private static IEnumerable<Actor> Agencies(string text) => Extract(text).Actors.Where(a => a.Kind == ActorKind.Agency);

    [Fact]
    public void ACourtNamedWithAPluralPossessiveIsABody() =>
        Assert.Contains(
            Agencies("LONDON, 2 June 2026 — Three men charged by the National Crime Agency will appear at Leeds Magistrates' Court on Monday."),
            a => a.Name == "Leeds Magistrates' Court" && a.CountryCode == "GB");

    [Fact]
    public void APostThatOpensARunNamesAPersonNotABody() =>
        Assert.DoesNotContain(
            Agencies("NASSAU, 9 May 2026 — The Commander Coast Guard praised the crews after the seizure of 200 kilograms of cocaine."),
            a => a.Name.Contains("Commander", StringComparison.Ordinal));

    [Fact]
    public void APostBeforeAPossessiveLeavesThePostHoldersBody() =>
        Assert.Contains(
            Agencies("TIRANA, 9 May 2026 — The Chief Prosecutor's Office Tirana charged four customs officers at the port of Durrës."),
            a => a.Name.StartsWith("Chief Prosecutor's Office", StringComparison.Ordinal) && a.CountryCode == "AL");

    [Fact]
    public void ADemonymThatIsAlsoTheCountrysListedNameStillNamesItsCustoms() =>
        Assert.Contains("agency:thai-customs", ActorIds("BANGKOK, 3 May 2026 — Officers of the ONCB and Thai customs seized 80 kilograms of methamphetamine at Laem Chabang."));

    [Fact]
    public void ADemonymBeforePoliceNamesANativelyNamedForceThroughItsEnglishAlias() =>
        Assert.Contains("agency:peru-pnp", ActorIds("Peruvian police stopped the truck near Tacna and arrested its driver."));

    [Fact]
    public void ADemonymListStillSharesItsNoun() =>
        Assert.DoesNotContain("agency:peru-pnp", ActorIds("The raids were carried out by Bolivian and Peruvian police near Lake Titicaca."));

    [Fact]
    public void TheBarePublicProsecutionIsTheReportCountrysService() =>
        Assert.Contains("agency:oman-prosecution", ActorIds("MUSCAT, 4 May 2026 — The Royal Oman Police seized 300 kilograms of hashish off Musandam and referred three suspects to the Public Prosecution."));

    [Fact]
    public void ACityAfterAProsecutorsOfficeTiesItToItsCountry() =>
        Assert.Contains(
            Agencies("Eurojust supported the Public Prosecutor's Office Nuremberg, which directs the investigation into the carousel fraud."),
            a => a.CountryCode == "DE" && a.Aliases.Contains("Public Prosecutor's Office Nuremberg"));

    [Fact]
    public void TwoCitiesOfficesOfOneNameStayTwoBodies() =>
        Assert.Equal(2, Agencies("The Public Prosecutor's Office in Kiel and the Public Prosecutor's Office in Bonn opened two cases against the network.")
            .Count(a => a.CountryCode == "DE"));

    [Fact]
    public void ACityThatIsNoSeatOfTheBodyDoesNotCount() =>
        Assert.DoesNotContain(
            Agencies("The Harbour Museum Nuremberg reopened its doors on Monday."),
            a => a.CountryCode == "DE");

    [Fact]
    public void ASharedNameAndItsCountryMayHaveAnArticleBetween() =>
        Assert.Contains("agency:dominican-police", ActorIds("Santo Domingo, 3 de mayo de 2026 — Participó la Policía Nacional de la República Dominicana en el operativo contra el contrabando de armas."));

    [Fact]
    public void AGulfNavyIsNotTheBritishRoyalNavy()
    {
        var ids = ActorIds("MUSCAT, 4 May 2026 — The Royal Navy of Oman stopped two dhows carrying diesel off Khasab.");

        Assert.Contains("agency:oman-navy", ids);
        Assert.DoesNotContain("agency:royal-navy", ids);
    }

    [Fact]
    public void TheBareRoyalNavyIsStillBritish() =>
        Assert.Contains("agency:royal-navy", ActorIds("PLYMOUTH, 4 May 2026 — The Royal Navy intercepted a yacht carrying cocaine in the English Channel."));

    [Fact]
    public void AUnitOfAGenericallyNamedBodyFoldsIntoTheCountrysListedBody() =>
        Assert.Contains("agency:senegal-police", ActorIds("Scam centres hit\n\nDAKAR, 3 March 2026 — Units taking part:\n\n- Ghana: the Ghana Police Service;\n- Senegal: the Special Cybersecurity Division of the National Police.\n\nFour were arrested in Senegal."));

    [Fact]
    public void AUnitNamedByItsFieldAloneKeepsItsOwnName() =>
        Assert.DoesNotContain(
            Agencies("LUSAKA, 3 March 2026 — The Zambia Police Service and the Department of Immigration arrested eleven Ethiopian nationals."),
            a => a.Id == "agency:zambia-police" && a.Aliases.Contains("Department of Immigration"));

    [Fact]
    public void AnArticleAfterAPlaceStartsAnotherName() =>
        Assert.DoesNotContain(
            Agencies("In Kenya the Ministry of Interior deployed officers to the border crossing at Namanga."),
            a => a.Name.StartsWith("Kenya the", StringComparison.Ordinal));

    [Fact]
    public void ACommitteeTiedToItsCountryIsABody() =>
        Assert.Contains(
            Agencies("BISHKEK, 5 May 2026 — The Investigative Committee of Armenia arrested two couriers at the Bagratashen crossing."),
            a => a.CountryCode == "AM" && a.Name.StartsWith("Investigative Committee", StringComparison.Ordinal));

    [Fact]
    public void ACommitteeTiedToNoCountryIsNoBody() =>
        Assert.DoesNotContain(Agencies("The Organising Committee thanked the volunteers for their work."), a => a.Name.Contains("Committee", StringComparison.Ordinal));

    [Fact]
    public void AListedBodyNamedWithItsCountrysLongFormIsTheListedBody() =>
        Assert.Contains("agency:kyrgyzstan-gknb", ActorIds("ASTANA, 3 March 2026 — The State Committee for National Security of the Kyrgyz Republic passed on the couriers' names."));

    [Fact]
    public void ABarePublicProsecutionIsNoNamedCountrysWhenTheReportsOwnPlaceHasOneOfItsOwn() =>
        Assert.DoesNotContain("agency:morocco-pmp", ActorIds("Laundering ring broken\n\nDubai Police arrested nine men who moved cash for a gang with members in Morocco. The suspects were referred to the Public Prosecution."));
}
