using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Category 4 of issue 13, session 20: leads told by the shape of the sentence rather than by "led by": the body that opened
/// the investigation (passive, with a time phrase before "by"), the body a relative clause says is running it, and subjects
/// written with a field office's city after their acronym.
/// </summary>
public sealed class LeadStructureTests
{
    [Theory]
    [InlineData("The investigation was opened in 2024 by the Guardia Civil, with support from Europol.")]
    [InlineData("The investigation was opened last March by the Guardia Civil, with support from Europol.")]
    [InlineData("The investigation was opened by the Guardia Civil after a tip-off passed on by Europol.")]
    public void TheBodyThatOpenedTheInvestigationLeadsIt(string text) =>
        Assert.Equal(["agency:guardia-civil"], SingleEvent(text).LeadIds);

    [Fact]
    public void OpeningAParcelIsNoLead() =>
        Assert.Empty(SingleEvent("The parcel was opened in Dover by Border Force officers, with support from the Guardia Civil.").LeadIds);

    [Fact]
    public void OpeningASideInquiryInTheActiveIsNoLead() =>
        Assert.Empty(SingleEvent("The Guardia Civil has opened an inquiry into the buyers, and Europol shared intelligence.").LeadIds);

    [Theory]
    [InlineData("The Kenya Wildlife Service's intelligence unit in Nakuru, which is running the investigation, said six people were arrested with the help of the Uganda Wildlife Authority.")]
    [InlineData("The Kenya Wildlife Service, which has been running the investigation since May, said the Uganda Wildlife Authority helped with the arrests.")]
    public void TheBodyARelativeClauseSaysIsRunningTheInvestigationLeadsIt(string text) =>
        Assert.Equal(["agency:kenya-kws"], SingleEvent(text).LeadIds);

    [Fact]
    public void ARelativeClauseAboutSomethingElseGivesNoLead() =>
        Assert.Empty(SingleEvent("The Kenya Wildlife Service, which is running a training course in Nairobi, said the Uganda Wildlife Authority made the arrests.").LeadIds);

    [Fact]
    public void AFieldOfficeCityAfterAnAcronymDoesNotBreakAListOfSubjects() =>
        Assert.Equal(["agency:atf", "agency:hsi"],
            SingleEvent("HSI Miami and ATF investigated the case, with assistance from U.S. Customs and Border Protection.").LeadIds.Order());

    [Fact]
    public void ABodyInAnEarlierClauseIsNoSubjectOfTheLaterVerb() =>
        Assert.Equal(["agency:atf"],
            SingleEvent("HSI Miami shared records with the team, and ATF investigated the case with U.S. Customs and Border Protection.").LeadIds);

    [Fact]
    public void PeopleNamedByNationalityLeadNothing() =>
        Assert.Empty(SingleEvent("""
            Officers of the Haitian National Police seized 19 rifles on information from the ATF.
            "These guns end up in the hands of gangs that terrorize Haitian families," a prosecutor said.
            """).LeadIds);

    [Fact]
    public void AuthoritiesNamedByNationalityStillLead() =>
        Assert.Contains("agency:haiti-police", SingleEvent("""
            Officers of the Haitian National Police seized 19 rifles on information from the ATF.
            The operation was led by Haitian police with support from the ATF.
            """).LeadIds);

    [Theory]
    [InlineData("The operation was led by the Guardia Civil, and Europol provided analytical support.")]
    [InlineData("The operation was led by the Guardia Civil, and Europol (EC3) deployed two analysts to Madrid.")]
    public void ABodyOpeningANewClauseAfterTheLeadsListTakesPartWithoutLeading(string text)
    {
        var cooperation = SingleEvent(text);

        Assert.Equal(["agency:guardia-civil"], cooperation.LeadIds);
        Assert.Contains("agency:europol", cooperation.ParticipantIds);
    }

    [Fact]
    public void AListOfLeadsEndedByASupportPhraseStaysWhole() =>
        Assert.Equal(["agency:europol", "agency:guardia-civil", "agency:portugal-pj"],
            SingleEvent("The operation was led by the Guardia Civil, the Polícia Judiciária and Europol, with support from Eurojust.").LeadIds.Order());
}
