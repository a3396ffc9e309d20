using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

public sealed class EventExtractionTests
{
    [Fact]
    public void LedByNamesTheLeadAndCollaboratorsTakePart()
    {
        var cooperation = SingleEvent("The investigation was led by the Guardia Civil in collaboration with Europol and Eurojust.");

        Assert.Equal(["agency:guardia-civil"], cooperation.LeadIds);
        Assert.Equal(["agency:eurojust", "agency:europol", "agency:guardia-civil", "country:ES"], cooperation.ParticipantIds.Order());
    }

    [Fact]
    public void TheSubjectOfCoordinatedLeads() =>
        Assert.Equal(["agency:eurojust", "agency:europol"], SingleEvent("Europol and Eurojust coordinated the joint action days.").LeadIds.Order());

    [Fact]
    public void AnAdverbBetweenVerbAndByStillGivesTheLeads() =>
        Assert.Equal(["agency:afripol", "agency:interpol"], SingleEvent("The sweep was organised jointly by INTERPOL and AFRIPOL.").LeadIds.Order());

    [Fact]
    public void ANameWithLedAsSuffixLeads() =>
        Assert.Equal(["agency:europol"], SingleEvent("In a Europol-led action, the Carabinieri searched 40 homes.").LeadIds);

    [Fact]
    public void AReportingAgencyInTheOpeningLeadsWhenNoneIsNamed() =>
        Assert.Equal(["agency:interpol"], SingleEvent("Police in 40 countries arrested 300 people, INTERPOL said. Officers from Kenya took part.").LeadIds);

    [Fact]
    public void AListAfterLedByEndsAtTheReportingClause() =>
        Assert.Equal(["agency:cyprus-police", "agency:guardia-civil"], SingleEvent("The action was led by the Guardia Civil and the Cyprus Police, Europol said.").LeadIds.Order());

    [Fact]
    public void ANewVerbEndsTheListOfLeads() =>
        Assert.Equal(["agency:guardia-civil"], SingleEvent("The investigation, initiated by the Guardia Civil, involved Europol and police in Morocco.").LeadIds);

    [Fact]
    public void OnlyAListJoinsTheSubjectsOfALeadVerb() =>
        Assert.Equal(["agency:guardia-civil"], SingleEvent("Europol and Eurojust supported the Guardia Civil, which led the investigation.").LeadIds);

    [Fact]
    public void LedToIsAnOutcomeNotALead() =>
        Assert.Empty(SingleEvent("A joint investigation between the Guardia Civil and the FBI led to three arrests.").LeadIds);

    [Fact]
    public void ACountryNamedAsADestinationIsMentionedButTakesNoPart()
    {
        var extraction = Extract("Nigerian police and Interpol rescued 20 victims trafficked to Côte d'Ivoire.");

        Assert.Contains(extraction.Actors, a => a.Id == "country:CI");
        Assert.Equal(["agency:interpol", "agency:nigeria-police", "country:NG"], Assert.Single(extraction.Events).ParticipantIds.Order());
    }

    [Fact]
    public void ACountryNamedAsAnOriginIsMentionedButTakesNoPart()
    {
        var extraction = Extract("Police in Portugal seized cocaine shipped from Colombia.");

        Assert.Contains(extraction.Actors, a => a.Id == "country:CO");
        Assert.Equal(["country:PT"], Assert.Single(extraction.Events).ParticipantIds);
    }

    [Fact]
    public void ANationalityTakesNoPart()
    {
        var cooperation = SingleEvent("Italian police arrested a Romanian national and two Moldovan citizens.");

        Assert.Equal(["country:IT"], cooperation.ParticipantIds);
    }

    [Fact]
    public void ACurrencyNamesItsCountryWithoutMakingItTakePart()
    {
        var extraction = Extract("Italian police said the ransom was changed into Brazilian reais.");

        Assert.Contains(extraction.Actors, a => a.Id == "country:BR");
        Assert.Equal(["country:IT"], Assert.Single(extraction.Events).ParticipantIds);
    }

    [Fact]
    public void AListOfOriginsTakesNoPart() =>
        Assert.Equal(["agency:zambia-police", "country:ZM"], SingleEvent("Police in Zambia held nine nationals from Egypt, the Netherlands and Latvia.").ParticipantIds);

    [Fact]
    public void OfficersFromACountryTakePart() =>
        Assert.Contains("country:FR", SingleEvent("Police and prosecutors from France joined the task force.").ParticipantIds);

    [Fact]
    public void ADatelinePlaceIsNotAParticipant()
    {
        var extraction = Extract("LYON, France, 3 May 2024 — INTERPOL said police in Ghana arrested 12 people.");

        Assert.Contains(extraction.Actors, a => a.Id == "country:FR");
        Assert.DoesNotContain("country:FR", Assert.Single(extraction.Events).ParticipantIds);
    }

    [Theory]
    [InlineData("Operation Pangea XVI targeted fake medicines sold by Europol suspects.", "Operation Pangea XVI")]
    [InlineData("Operation First Light 2024 was run by INTERPOL.", "Operation First Light 2024")]
    [InlineData("Europol supported an operation code-named Skyfall.", "Operation Skyfall")]
    [InlineData("The action, dubbed Operation Pangea XVI, was coordinated by INTERPOL.", "Operation Pangea XVI")]
    public void OperationNamesAreRead(string text, string name) =>
        Assert.Equal(name, SingleEvent(text).Name);

    [Fact]
    public void EachNamedOperationIsItsOwnEvent()
    {
        var events = Extract("Operation Alpha was led by the FBI with the DEA. Separately, Operation Beta was led by the Bundeskriminalamt.").Events;

        Assert.Equal(["Operation Alpha", "Operation Beta"], events.Select(e => e.Name!).Order());
        Assert.Equal(["agency:bka"], events.Single(e => e.Name == "Operation Beta").LeadIds);
    }

    [Theory]
    [InlineData("Twenty people were arrested by Europol partners.", 20)]
    [InlineData("Europol said the action led to 1,250 arrests.", 1250)]
    [InlineData("Europol said officers arrested seventy-five suspects and opened 92 new cases.", 75)]
    [InlineData("Europol said 14 suspects were detained in 2023.", 14)]
    [InlineData("Seventy-five people were arrested, Europol said.", 75)]
    [InlineData("The FBI has arrested and charged five men over the scheme.", 5)]
    [InlineData("Europol coordinated the raids. Nine were arrested in Belgium and two in Spain.", 9)]
    [InlineData("The DEA said 14 have since been detained.", 14)]
    public void ArrestFiguresAreRead(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures[FigureKeys.Arrests]);

    [Fact]
    public void OtherFiguresAreRead()
    {
        var figures = SingleEvent("Europol coordinated police in 12 countries; 35 victims were identified and 68 additional suspects have been identified.").Figures;

        Assert.Equal(12, figures[FigureKeys.Countries]);
        Assert.Equal(35, figures[FigureKeys.VictimsIdentified]);
        Assert.Equal(68, figures[FigureKeys.SuspectsIdentified]);
    }

    [Fact]
    public void ACountAfterAnArrestVerbJoinedByAndToAnotherNounIsNoArrestFigure() =>
        Assert.False(SingleEvent("Europol said officers arrested and seized 40 phones.").Figures.ContainsKey(FigureKeys.Arrests));

    [Theory]
    [InlineData("Europol said officers rescued 40 victims of the ring.", 40)]
    [InlineData("INTERPOL said police identified 68 children in the images.", 68)]
    [InlineData("Europol said 35 victims were safeguarded.", 35)]
    public void VictimFiguresAreReadWhicheverSideTheVerbStands(string text, int victims) =>
        Assert.Equal(victims, SingleEvent(text).Figures[FigureKeys.VictimsIdentified]);

    [Fact]
    public void YearsAndMoneyAreNotArrests() =>
        Assert.False(SingleEvent("Europol said that in 2021 officers seized $300 and arrested nobody.").Figures.ContainsKey(FigureKeys.Arrests));

    [Theory]
    [InlineData("Europol and Spain seized 2 tonnes of cocaine and heroin.", "drug-trafficking")]
    [InlineData("Europol took down the ransomware servers and the botnet.", "cybercrime")]
    [InlineData("Europol helped rescue victims of human trafficking and forced labour.", "human-trafficking")]
    [InlineData("Europol recovered looted antiquities and archaeological coins.", "cultural-property")]
    public void TheCrimeAreaFollowsTheCueWords(string text, string area) =>
        Assert.Equal(area, SingleEvent(text).CrimeArea);

    [Fact]
    public void EveryParticipationQuotesItsSentence()
    {
        const string text = "The operation ran for months. It was led by the Guardia Civil with Europol.";

        var lead = Assert.Single(SingleEvent(text).Participants, p => p.Role == ParticipantRole.Lead);

        Assert.Equal("It was led by the Guardia Civil with Europol.", lead.Evidence.Slice(text));
    }

    [Fact]
    public void AReportWithoutActorsHasNoEvent() =>
        Assert.Empty(Extract("The weather in the capital was mild all week.").Events);
}
