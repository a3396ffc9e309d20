using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 24 (issue 13): leadership given country by country. A place named between the verb of leading and its agent
/// ("led in Thailand by", "dirigida en España por"), a second place and agent after "and" (past a relative clause on the
/// first agent), and bodies that led the patrols each lead; a body that only acted in the second place does not.
/// </summary>
public sealed class Session24SideLeadTests
{
    [Theory]
    [InlineData("The investigation was led in Thailand by the Royal Thai Police and in Malaysia by the Royal Malaysia Police.", "agency:thai-police", "agency:malaysia-pdrm")]
    [InlineData("In Thailand the investigation was led by the Royal Thai Police, which worked with the Thai Customs Department, and in Malaysia by the Royal Malaysia Police.", "agency:thai-police", "agency:malaysia-pdrm")]
    [InlineData("La investigación fue dirigida en España por la Guardia Civil y en Marruecos por la Dirección General de la Seguridad Nacional.", "agency:guardia-civil", "agency:morocco-dgsn")]
    [InlineData("La investigación fue dirigida por la Guardia Civil en España y, en Marruecos, por la Dirección General de la Seguridad Nacional.", "agency:guardia-civil", "agency:morocco-dgsn")]
    [InlineData("A investigação foi coordenada no Brasil pela Polícia Federal e em Portugal pela Polícia Judiciária.", "agency:brazil-pf", "agency:portugal-pj")]
    [InlineData("L'enquête a été dirigée en France par la Gendarmerie nationale et en Belgique par la Police fédérale belge.", "agency:gendarmerie-nationale", "agency:belgian-federal-police")]
    [InlineData("The Royal Malaysia Police and the Malaysian Maritime Enforcement Agency led the patrols in Malaysian waters during Operation Twin Reef.", "agency:malaysia-pdrm", "agency:malaysia-mmea")]
    public void EachSideLeadsThroughTheBodyNamedForIt(string text, string first, string second) =>
        Assert.Equal([first, second], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("In Thailand the investigation was led by the Royal Thai Police, and in Malaysia the Royal Malaysia Police searched two houses.", "agency:thai-police", "agency:malaysia-pdrm")]
    [InlineData("L'enquête a été dirigée par la Gendarmerie nationale en France et menée en Belgique avec la Police fédérale belge.", "agency:gendarmerie-nationale", "agency:belgian-federal-police")]
    public void ABodyThatOnlyActedInTheSecondPlaceTakesPart(string text, string lead, string participant)
    {
        var cooperation = SingleEvent(text);

        Assert.Equal([lead], cooperation.LeadIds);
        Assert.Contains(participant, cooperation.ParticipantIds);
    }

    [Fact]
    public void AnOutcomeInAPlaceIsNoLead() =>
        Assert.Empty(SingleEvent("The investigation led in Thailand to the arrest of six people by the Royal Thai Police.").LeadIds);
}
