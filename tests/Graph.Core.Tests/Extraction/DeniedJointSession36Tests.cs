using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 36: a noun of acting together denied by a negation shortly before it ("no coordination with", "no existió
/// cooperación con", "não houve participação da", "aucune collaboration … avec") names a partner that stayed out: that
/// body takes no part by that mention. A preposition of lack ("without the cooperation of") tells a part taken. Every
/// sentence is written for the test.
/// </summary>
public sealed class DeniedJointSession36Tests
{
    [Theory]
    [InlineData("The Kenya Police Service arrested nine smugglers at Namanga. There was no coordination with INTERPOL during the raids, a spokesman said.")]
    [InlineData("La Policía Nacional del Perú detuvo a siete personas en Tumbes. El fiscal precisó que no existió cooperación alguna con la INTERPOL en este caso.")]
    [InlineData("A Polícia Federal prendeu sete pessoas em Santos. Não houve qualquer participação da INTERPOL nas buscas.")]
    [InlineData("La Police nationale a interpellé sept personnes à Lyon. Aucune collaboration n'a été engagée avec INTERPOL pour ce dossier.")]
    public void APartnerOfADeniedJointNounTakesNoPart(string text) =>
        Assert.DoesNotContain("agency:interpol", SingleEvent(text).ParticipantIds);

    [Fact]
    public void APartnerWithoutWhomNothingWasPossibleKeepsItsPart() =>
        Assert.Contains("agency:interpol", SingleEvent(
            "The Kenya Police Service arrested nine smugglers at Namanga. The arrests would not have been possible without the cooperation of INTERPOL.").ParticipantIds);
}
