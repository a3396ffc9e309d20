using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 16 (issues 13 and 17): a body that only speaks about an operation (a wire story's source, a quoted
/// official) does not lead it; the owner announcing its own results, a body speaking of its own operation, and an
/// international body reporting on the operation still do, and a leader the text names wins over any speaker.
/// </summary>
public sealed class SpeakerLeadTests
{
    [Theory]
    [InlineData("Nine people were detained in raids on the Pacific coast with the Colombian Navy, the Colombian National Police reported on Tuesday.", "agency:colombia-police")]
    [InlineData("The Kenya Wildlife Service said on Monday that rangers and the Colombian Navy had recovered ivory in Mombasa.", "agency:kenya-kws")]
    [InlineData("Doce personas fueron detenidas con la Armada de Colombia en una operación contra el hachís, según informó la Guardia Civil.", "agency:guardia-civil")]
    [InlineData("Onze pessoas foram presas com apoio da Receita Federal no porto de Santos, informou a Polícia Federal.", "agency:brazil-pf")]
    [InlineData("Sept personnes ont été interpellées avec la Gendarmerie royale, a indiqué la Direction générale de la sûreté nationale.", "agency:morocco-dgsn")]
    public void ABodyThatOnlyReportsTheCaseTakesPartWithoutLeading(string text, string speaker)
    {
        var cooperation = SingleEvent(text);

        Assert.Empty(cooperation.LeadIds);
        Assert.Contains(speaker, cooperation.ParticipantIds);
    }

    // A body speaking of its own operation or action, an international body reporting the operation, the owner
    // announcing its results, and a leader the text names (which wins over the speaker).
    [Theory]
    [InlineData("The Australian Federal Police said its Operation Kestrel Line had stopped a syndicate, with the Australian Border Force examining the cargo.", "agency:afp")]
    [InlineData("Police in Kenya and Colombia seized 300 kilograms of ivory during Operation Grey Tusk, INTERPOL said on Friday.", "agency:interpol")]
    [InlineData("The New Zealand Police today announced the results of Operation Harbour Light, with the Australian Border Force taking part.", "agency:nz-police")]
    [InlineData("An operation led by the Australian Federal Police stopped a syndicate with the Australian Border Force, the New Zealand Police said on Friday.", "agency:afp")]
    public void TheOwnerOrANamedLeaderLeadsWhateverTheSpeechVerb(string text, string lead) =>
        Assert.Equal([lead], SingleEvent(text).LeadIds);

    [Fact]
    public void AQuotedOfficialOfAnotherBodyDoesNotLead()
    {
        var cooperation = SingleEvent("The Australian Border Force and the New Zealand Police arrested eight people in Operation Kestrel. \"We followed the money for a year,\" a New Zealand Police detective said.");

        Assert.DoesNotContain("agency:nz-police", cooperation.LeadIds);
        Assert.Contains("agency:nz-police", cooperation.ParticipantIds);
    }
}
