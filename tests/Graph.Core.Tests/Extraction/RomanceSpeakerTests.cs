using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 27 (issue 13): a body named only as the one that speaks (the subject of a verb of saying whose content is
/// another's deed or a later step, the speaker put after its verb when the clause names another doer, or the owner of a
/// statement) takes no part by that mention; a speaker that tells of its own deed, or whose clause names no other doer,
/// keeps its part.
/// </summary>
public sealed class RomanceSpeakerTests
{
    [Theory]
    [InlineData("La Guardia Civil detuvo a seis personas en Algeciras y se incautó de dos toneladas de hachís. El Ministerio del Interior de España informó que los controles en el puerto se mantendrán hasta el verano.", "agency:spanish-ministry-of-the-interior")]
    [InlineData("A Guarda Nacional Republicana apreendeu 300 quilos de amêijoa no rio Tejo e deteve dois pescadores, informou ontem o Ministério da Administração Interna.", "agency:portugal-mai")]
    [InlineData("La Douane tunisienne a saisi 20 000 litres de carburant près de Ben Guerdane et interpellé trois passeurs. Dans un communiqué du ministère tunisien de l'Intérieur, le ministre a salué le travail des agents.", "agency:tunisia-interior")]
    public void ABodyThatOnlySpeaksTakesNoPart(string text, string speaker)
    {
        var found = SingleEvent(text);
        Assert.DoesNotContain(speaker, found.ParticipantIds);
        Assert.NotEmpty(found.ParticipantIds);
    }

    [Fact]
    public void ASpeakerThatAnnouncesItsOwnArrestsTakesPart() =>
        Assert.Contains("agency:sq", SingleEvent(
            "La Sûreté du Québec annonce l'arrestation de douze personnes à Laval. Le Service de police de la Ville de Montréal a perquisitionné deux logements.").ParticipantIds);

    [Fact]
    public void ASpeakerThatTellsWhatItsOwnOfficersDidTakesPart() =>
        Assert.Contains("agency:guardia-civil", SingleEvent(
            "La Guardia Civil informó este martes que sus agentes detuvieron a cuatro personas en Motril. La Policía Nacional registró dos naves en el puerto.").ParticipantIds);

    [Fact]
    public void ASpeakerAfterAClauseWithNoOtherDoerTakesPart() =>
        Assert.Contains("agency:brazil-rfb", SingleEvent(
            "Onze pessoas foram presas no porto de Santos, informou nesta quarta-feira a Receita Federal. A Polícia Federal cumpriu mandados em três cidades.").ParticipantIds);

    [Fact]
    public void ASpeakerThatIsTheOnlyBodyNamedStillTakesPart() =>
        Assert.Contains("agency:spanish-ministry-of-the-interior", SingleEvent(
            "El Ministerio del Interior de España ha hecho públicos este martes los resultados de la Operación Brisa, con 14 detenidos en Cádiz.").ParticipantIds);
}
