using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 24 (issue 13): the lead cues read on sentence structure. A cue word inside a body's name is no verb; a lead
/// suffix before a body says who leads that body; a joint action named with the bodies that did it makes each a lead, in
/// all four languages; and "the agency" as the subject of a relative clause on the operation names its owner again.
/// </summary>
public sealed class Session24LeadTests
{
    [Fact]
    public void ACueWordInsideANameIsNoVerbOfTheSentence() =>
        Assert.Equal(["agency:thai-police"], SingleEvent(
            "Operation Quiet Harbour was led by the Royal Thai Police, in partnership with the Jamaica Customs Agency and the Major Organised Crime and Anti-Corruption Agency.").LeadIds);

    [Fact]
    public void TheSameVerbOutsideANameStillLeads() =>
        Assert.Equal(["agency:jamaica-customs"], SingleEvent("The investigation was organised by the Jamaica Customs Agency with the Royal Thai Police.").LeadIds);

    [Fact]
    public void ALeadSuffixBeforeABodyLeadsThatBodyNotTheOperation()
    {
        var cooperation = SingleEvent(
            "The Royal Thai Police ran the investigation with help from the Australian Federal Police-led Joint Policing Cybercrime Coordination Centre, which traced the wallets.");

        Assert.Equal(["agency:thai-police"], cooperation.LeadIds);
        Assert.Contains("agency:afp", cooperation.ParticipantIds);
    }

    [Fact]
    public void ALeadSuffixBeforeTheOperationStillLeadsIt() =>
        Assert.Equal(["agency:afp"], SingleEvent("An Australian Federal Police-led investigation stopped a syndicate with the help of the Royal Thai Police.").LeadIds);

    [Theory]
    [InlineData("Eleven boats were stopped in a joint patrol by the Royal Thai Police and the Royal Malaysia Police.", "agency:thai-police", "agency:malaysia-pdrm")]
    [InlineData("Ocho personas fueron detenidas en un operativo conjunto de la Policía Nacional de Colombia y la Armada de Colombia en Tumaco.", "agency:colombia-police", "agency:colombia-navy")]
    [InlineData("Oito pessoas foram presas numa operação conjunta da Polícia Federal e da Receita Federal no porto de Santos.", "agency:brazil-pf", "agency:brazil-rfb")]
    [InlineData("Huit personnes ont été interpellées lors d'une opération conjointe de la Gendarmerie nationale et de la Police nationale en Guyane.", "agency:gendarmerie-nationale", "agency:police-nationale")]
    public void AJointActionNamedWithItsBodiesMakesEachALead(string text, string first, string second) =>
        Assert.Equal([first, second], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("Eleven boats were stopped by the Royal Thai Police in a joint patrol with the Royal Malaysia Police.")]
    [InlineData("Huit personnes ont été interpellées par la Gendarmerie nationale lors d'une opération conjointe avec la Police nationale en Guyane.")]
    public void AJointActionWithAPartnerNamesNoLead(string text) => Assert.Empty(SingleEvent(text).LeadIds);

    [Fact]
    public void TheAgencyAsSubjectOfARelativeClauseOnTheOperationOwnsIt() =>
        Assert.Equal(["agency:kenya-kra"], SingleEvent(
            "The Kenya Revenue Authority seized ivory at Mombasa with the Kenya Wildlife Service. An official said the seizure was made under Operation Tidy Wharf, which the authority has run at the port since 2024.").LeadIds);

    [Theory]
    [InlineData("The Kenya Revenue Authority seized ivory at Mombasa with the Kenya Wildlife Service. The authority said the seizure was made under Operation Tidy Wharf.")]
    [InlineData("The Kenya Revenue Authority seized ivory at Mombasa with the Kenya Wildlife Service. An official said the seizure was made under Operation Tidy Wharf, which the authority says has cut smuggling.")]
    public void TheAgencyOutsideSuchAClauseOwnsNothing(string text) => Assert.Empty(SingleEvent(text).LeadIds);
}
