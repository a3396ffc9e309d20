using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 24 (issue 13): a prosecutor or judge the detainees are placed "a órdenes de" (the Andean "a disposición de"), or
/// a body that "will follow the case" from now on, acts after the operation and takes no part by that mention; a body
/// that took part earlier in the report still does.
/// </summary>
public sealed class Session24ReceivingBodyTests
{
    [Theory]
    [InlineData("La Policía Nacional detuvo a cinco personas en Tulcán. Los detenidos fueron puestos a órdenes de la Fiscalía General del Estado, que formulará cargos.", "agency:spain-prosecutor")]
    [InlineData("La Policía Nacional detuvo a cinco personas en Tulcán. Los detenidos quedaron a las órdenes de la Fiscalía.", "agency:spain-prosecutor")]
    [InlineData("A Polícia Rodoviária Federal prendeu seis pessoas na BR-277. Os presos ficaram à ordem da Polícia Federal.", "agency:brazil-pf")]
    [InlineData("A Polícia Rodoviária Federal prendeu seis pessoas na BR-277. O Ministério Público Federal acompanhará o caso.", "agency:brazil-mpf")]
    public void ABodyThatReceivesOrFollowsTheCaseTakesNoPart(string text, string receiver) =>
        Assert.DoesNotContain(receiver, SingleEvent(text).ParticipantIds);

    [Fact]
    public void ABodyThatTookPartBeforeFollowingTheCaseStillTakesPart() =>
        Assert.Contains("agency:brazil-rfb", SingleEvent(
            "A Polícia Rodoviária Federal prendeu seis pessoas na BR-277 com a Receita Federal. A Receita Federal acompanhará as investigações.").ParticipantIds);
}
