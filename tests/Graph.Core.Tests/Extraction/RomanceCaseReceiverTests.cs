using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 27 (issue 13): a prosecutor that receives the case file, the report or the complaint after the operation
/// takes no part by that mention (more words of the case for the case-taker reading).
/// </summary>
public sealed class RomanceCaseReceiverTests
{
    [Theory]
    [InlineData("La Policía Nacional de Bolivia detuvo a doce personas en Santa Cruz. La Fiscalía General del Estado recibió los antecedentes para imputar a los detenidos.", "agency:bolivia-fiscalia")]
    [InlineData("A Polícia Federal prendeu cinco suspeitos em Manaus. O Ministério Público Federal recebeu o relatório da investigação.", "agency:brazil-mpf")]
    public void AProsecutorThatReceivesTheFileTakesNoPart(string text, string receiver) =>
        Assert.DoesNotContain(receiver, SingleEvent(text).ParticipantIds);
}
