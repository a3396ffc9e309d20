using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 25 (issue 13, branch s25part): more ways of handing the case to a prosecutor after the operation, in the three
/// Romance languages: detainees left "a la orden de" a prosecutor or brought "presentes ao" one, a prosecutor "saisi du
/// dossier", and a body that "acompaña" / "acompanha" the case or the investigation. By
/// those mentions the body takes no part; a body that acted elsewhere in the report still does, and so do investigators
/// who "suivent le dossier" from their side, and a seizure ("a saisi deux tonnes") is still an act.
/// </summary>
public sealed class Session25CaseHandOverTests
{
    [Theory]
    [InlineData("La Fuerza Pública de Costa Rica detuvo a cuatro pescadores en Puntarenas. Los cuatro quedaron a la orden del Ministerio Público de Costa Rica.", "agency:costa-rica-mp")]
    [InlineData("A Polícia Judiciária deteve dois homens em Setúbal. Os detidos foram presentes ao Ministério Público junto do Tribunal de Setúbal.", "agency:portugal-prosecutor")]
    [InlineData("A Polícia Rodoviária Federal prendeu três homens em Cascavel. O Ministério Público Federal acompanha a investigação.", "agency:brazil-mpf")]
    [InlineData("La Policía Nacional detuvo a tres hombres en Málaga. La Fiscalía Antidroga acompaña el caso desde el primer día.", "agency:spain-prosecutor")]
    [InlineData("La gendarmerie nationale a interpellé cinq passeurs à Calais. Le parquet de Lille a été saisi du dossier mardi.", "agency:lille-prosecutor")]
    public void ABodyThatOnlyReceivesOrFollowsTheCaseTakesNoPart(string text, string receiver) =>
        Assert.DoesNotContain(receiver, SingleEvent(text).ParticipantIds);

    [Fact]
    public void AProsecutorThatActedStillTakesPartWhenItLaterFollowsTheCase() =>
        Assert.Contains("agency:spain-prosecutor", SingleEvent(
            "La Policía Nacional y la Fiscalía Antidroga detuvieron a tres hombres en Málaga. La Fiscalía Antidroga acompaña el caso.").ParticipantIds);

    [Fact]
    public void ABodyThatSeizesGoodsStillTakesPart() =>
        Assert.Contains("agency:gendarmerie-nationale", SingleEvent(
            "La gendarmerie nationale a saisi deux tonnes de résine de cannabis et trois voitures à Calais.").ParticipantIds);

    [Fact]
    public void InvestigatorsWhoFollowTheFileFromTheirSideStillTakePart() =>
        Assert.Contains("agency:hsi", SingleEvent(
            "La Police nationale d'Haïti a saisi un conteneur d'armes au Cap-Haïtien. Homeland Security Investigations (HSI) suit aussi le dossier depuis Miami.").ParticipantIds);
}
