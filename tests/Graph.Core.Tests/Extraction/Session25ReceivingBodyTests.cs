using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 25 (issue 13): a body that only receives the file or the results after the operation takes no part by that
/// mention, in the three Romance languages alike: the bracketed acronym after its name is the same body in the same place
/// and shares that reading; a file "soumis au" / "submetido ao" a body, a case brought "en conocimiento de" / "ao
/// conhecimento do" / "à la connaissance du" a body, and a body that "será informada" (the future passive) only receive.
/// A body that acted elsewhere in the report still takes part.
/// </summary>
public sealed class Session25ReceivingBodyTests
{
    [Theory]
    [InlineData("La Guardia Civil incautó dos toneladas de hachís en Almería. Los datos serán transmitidos a la Organización Mundial de Aduanas (OMA).", "agency:wco")]
    [InlineData("La douane sénégalaise a saisi deux tonnes de faux médicaments à Ziguinchor. Les données seront transmises à l'Organisation mondiale des douanes (OMD).", "agency:wco")]
    [InlineData("A Polícia Judiciária apreendeu duas toneladas de cocaína em Setúbal. A informação foi transmitida à Organização Mundial das Alfândegas (OMA).", "agency:wco")]
    public void TheAcronymOfABodyThatOnlyReceivesTakesNoPartEither(string text, string receiver) =>
        Assert.DoesNotContain(receiver, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("La Sûreté du Québec a arrêté quatre trafiquants d'armes à Chomedey. Le dossier a été soumis au Directeur des poursuites criminelles et pénales.", "agency:quebec-dpcp")]
    [InlineData("A Polícia Rodoviária Federal prendeu dois homens em Foz do Iguaçu. O inquérito foi submetido ao Ministério Público Federal.", "agency:brazil-mpf")]
    [InlineData("A Polícia Rodoviária Federal prendeu dois homens em Foz do Iguaçu. Os factos foram levados ao conhecimento do Ministério Público Federal.", "agency:brazil-mpf")]
    [InlineData("La Guardia Civil detuvo a tres hombres en Algeciras. Los hechos se pusieron en conocimiento de la Fiscalía Antidroga.", "agency:spain-prosecutor")]
    [InlineData("La Guardia Civil detuvo a tres hombres en Algeciras. La Policía Federal belga será informada del resultado.", "agency:belgian-federal-police")]
    public void ABodyGivenTheFileOrToldLaterTakesNoPart(string text, string receiver) =>
        Assert.DoesNotContain(receiver, SingleEvent(text).ParticipantIds);

    [Fact]
    public void ABodyThatActedBeforeReceivingTheFileStillTakesPart() =>
        Assert.Contains("agency:brazil-mpf", SingleEvent(
            "A Polícia Rodoviária Federal e o Ministério Público Federal prenderam dois homens em Foz do Iguaçu. O inquérito foi submetido ao Ministério Público Federal.").ParticipantIds);

    [Fact]
    public void TheAcronymOfABodyThatActsStillTakesPart() =>
        Assert.Contains("agency:wco", SingleEvent(
            "La Guardia Civil y la Organización Mundial de Aduanas (OMA) incautaron dos toneladas de hachís en Almería.").ParticipantIds);
}
