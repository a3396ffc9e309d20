using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 17: the categories the retired English held-out reports showed the rules lacked, each tried
/// here on sentences of our own — countries listed after "among them", two area forces joined by "and" or a list's
/// comma, a US state's Department of Public Safety, an intelligence service and a standing task force the lists
/// lacked, owners named by "in the hands of" and "an investigation by", a list of leads running past an alias aside,
/// a coordinator of the planning, a count over a past period, a body the cases are passed to after the operation, a
/// count of leading agencies told by the list after its colon, a country opening a clause, a head word after a country's
/// possessive, a demonym naming a language, a side's lead resolved in its own sentence, and a code name after plural
/// work nouns.
/// </summary>
public sealed class RetiredHeldOutWordingTests
{
    [Fact]
    public void CountriesAfterAmongThemTakePart()
    {
        var cooperation = SingleEvent("Customs services of nine countries took part, among them Estonia, Slovenia and Croatia.");

        Assert.Contains("country:EE", cooperation.ParticipantIds);
        Assert.Contains("country:SI", cooperation.ParticipantIds);
        Assert.Contains("country:HR", cooperation.ParticipantIds);
    }

    [Theory]
    [InlineData("Detectives from Surrey Police and Sussex Police searched three farms and arrested four men.")]
    [InlineData("Officers from the National Crime Agency, Surrey Police and Sussex Police searched three farms and arrested four men.")]
    public void TwoAreaForcesAreTwoBodies(string text)
    {
        var extraction = Extract(text);

        Assert.Contains(extraction.Actors, a => a is { Kind: ActorKind.Agency, Name: "Surrey Police", CountryCode: "GB" });
        Assert.Contains(extraction.Actors, a => a is { Kind: ActorKind.Agency, Name: "Sussex Police", CountryCode: "GB" });
        Assert.DoesNotContain(extraction.Actors, a => a.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void AStatesDepartmentOfPublicSafetyIsItsPoliceAgency() =>
        Assert.Contains(Extract("Troopers of the Ohio Department of Public Safety and agents of HSI arrested four men in Toledo.").Actors,
            a => a is { Kind: ActorKind.Agency, Name: "Ohio Department of Public Safety", CountryCode: "US" });

    [Theory]
    [InlineData("Turkish police detained eleven suspects. Türkiye's National Intelligence Organization (MIT) supplied the intelligence.", "agency:turkey-mit")]
    [InlineData("Police in Victoria arrested four men. The Joint Organised Crime Taskforce (JOCTF) analysed the shipping records.", "agency:au-joctf")]
    public void IntelligenceServicesAndStandingTaskForcesAreListed(string text, string agency) =>
        Assert.Contains(agency, SingleEvent(text).ParticipantIds);

    [Fact]
    public void TheBodyACaseIsInTheHandsOfLeads() =>
        Assert.Equal(["agency:guardia-civil"], SingleEvent("Police in Spain arrested twelve suspects. The case is in the hands of the Guardia Civil, which searched twelve homes.").LeadIds);

    [Fact]
    public void AnOperationToldAsAnInvestigationByABodyIsThatBodys() =>
        Assert.Equal(["agency:portugal-pj"], SingleEvent("Operation Amber Gate, an investigation by the Polícia Judiciária, ended with seven arrests in Portugal.").LeadIds);

    [Fact]
    public void ALeadListRunsPastAnAliasAside()
    {
        var cooperation = SingleEvent("The operation was jointly led by the Directorate of Criminal Investigations, better known as the DCI, and the Tanzania Police Force.");

        Assert.Contains("agency:kenya-dci", cooperation.LeadIds);
        Assert.Contains("agency:tanzania-police", cooperation.LeadIds);
    }

    [Fact]
    public void CountriesAfterAmongThemWithoutAnActingCueAreOnlyMentioned()
    {
        var cooperation = SingleEvent("Police in Spain arrested six men. The gang had sold stolen cars in twelve countries, among them Ghana and Togo.");

        Assert.DoesNotContain("country:GH", cooperation.ParticipantIds);
        Assert.DoesNotContain("country:TG", cooperation.ParticipantIds);
    }

    [Fact]
    public void CoordinatingThePlanningLeads() =>
        Assert.Contains("agency:wco", SingleEvent("Customs in Benin and Nigeria seized 3 tonnes of tramadol. The WCO coordinated the planning.").LeadIds);

    [Fact]
    public void ACountOverThePastYearIsNotTheEventsArrests() =>
        Assert.Equal(14, SingleEvent("Police in Jordan arrested 14 people in Amman on Sunday. The minister said officers had arrested more than 1,800 drug dealers in the past year.").Figures["arrests"]);

    [Fact]
    public void ACountOfAgenciesBeforeAColonIsToldByItsList()
    {
        var cooperation = SingleEvent("LUSAKA, 2 May 2025 (INTERPOL) — Forty poachers were arrested. Operation Dry Riverbed was led by two agencies: the Zambia Police Service and the Botswana Police Service.");

        Assert.DoesNotContain("agency:interpol", cooperation.LeadIds);
        Assert.Equal(2, cooperation.LeadIds.Count());
    }

    [Fact]
    public void AClauseOpeningWithACountryGivesAGenericBodyThatCountry()
    {
        var cooperation = SingleEvent("In Portugal, the Polícia Judiciária searched four homes; and in Brazil, the Federal Police served six warrants in Santos.");

        Assert.Contains("agency:brazil-pf", cooperation.ParticipantIds);
        Assert.Contains("country:BR", cooperation.ParticipantIds);
    }

    [Theory]
    [InlineData("Police in Mexico arrested four men. Mexico's Navy also took part.", "agency:mexico-semar")]
    [InlineData("Police in Thailand arrested four men. Thailand's Customs seized the boat.", "agency:thai-customs")]
    public void AHeadWordAfterACountrysPossessiveIsItsListedBody(string text, string agency) =>
        Assert.Contains(agency, SingleEvent(text).ParticipantIds);

    [Fact]
    public void AHeadWordAfterAPossessiveOfNoCountryNamesNoBody() =>
        Assert.DoesNotContain(Extract("Police in Mexico arrested four men. The cartel's Navy of speedboats was seized.").Actors, a => a.Kind == ActorKind.Agency && a.Name == "Navy");

    [Fact]
    public void ADemonymNamingTheLanguageOfInitialsNamesNoCountry() =>
        Assert.DoesNotContain("country:ES", Countries("Police in Peru arrested four men. The prosecutor's office, known by its Spanish initials MP, led the case."));

    [Fact]
    public void ASideLedByNationalityGoesToItsAgencyNamedInTheSameSentence() =>
        Assert.Contains("agency:mexico-fgr", SingleEvent("PHOENIX, 2 June 2025 — The case was led on the U.S. side by the ATF and on the Mexican side by the Attorney General's Office, known by its initials FGR. Mexico's Navy also took part.").LeadIds);

    [Fact]
    public void APluralWorkNounBeforeANamingCueNamesTheOperation() =>
        Assert.Equal("Operation Harbour Gate 4", SingleEvent("Thai and Cambodian police arrested eleven people after two weeks of joint patrols code-named Harbour Gate 4.").Name);

    [Fact]
    public void ABodyTheCasesArePassedToTakesNoPart()
    {
        var cooperation = SingleEvent("Customs officers in Spain seized 600 kg of hashish and arrested nine people. The customs service opened nine cases and passed them to the Guardia Civil for investigation.");

        Assert.DoesNotContain("agency:guardia-civil", cooperation.ParticipantIds);
    }
}
