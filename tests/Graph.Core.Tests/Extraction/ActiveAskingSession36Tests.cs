using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 36: the active Spanish and Portuguese verbs of asking ("solicitó a", "pidieron a", "pediu à") tell the body after
/// them, which is only asked and takes no part by that mention. Every sentence is written for the test.
/// </summary>
public sealed class ActiveAskingSession36Tests
{
    [Theory]
    [InlineData("La Policía Nacional del Perú detuvo a siete personas en Tumbes. La fiscalía indicó que solicitó a la INTERPOL datos sobre dos de los detenidos.")]
    [InlineData("La Policía Nacional del Perú detuvo a siete personas en Tumbes. Los fiscales pidieron a la INTERPOL los antecedentes de dos de los detenidos.")]
    [InlineData("A Polícia Federal prendeu sete pessoas em Santos. O delegado pediu à INTERPOL a localização de outros dois suspeitos.")]
    public void ABodyAskedByAnActiveVerbTakesNoPart(string text)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.DoesNotContain("agency:interpol", participants);
        Assert.NotEmpty(participants);
    }
}
