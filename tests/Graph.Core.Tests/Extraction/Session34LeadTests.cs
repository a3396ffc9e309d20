using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 34 (issue 13): the body that opens a report as the subject of the arrests or the boarding announces the
/// operation, whatever language's verb of arrest it uses ("prendeu", "capturó", "a arraisonné"), and an inverted announcer
/// is read past a word of time ("anunciou ontem a PJ", "a annoncé jeudi la Gendarmerie"). An announcer leads only where no
/// other cue names a lead. A release that tells its operation was led, but names no known body as the leader, was led by
/// the body its letterhead names; a speaker that reports a deed with the subject dropped reports its own.
/// </summary>
public sealed class Session34LeadTests
{
    [Theory]
    [InlineData("A Polícia Federal prendeu quatro homens em Manaus durante a Operação Igarapé, com o apoio da Receita Federal.", "agency:brazil-pf")]
    [InlineData("La Guardia Civil capturó a cuatro hombres en Huelva durante la Operación Salina, con el apoyo de la Policía Nacional.", "agency:guardia-civil")]
    [InlineData("La Gendarmerie nationale a arraisonné un voilier au large de Brest lors de l'opération Goéland, avec l'appui de la Marine nationale.", "agency:gendarmerie-nationale")]
    public void TheOpeningSubjectOfAnArrestOrBoardingAnnouncesAndLeads(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("Quatro homens foram detidos no Porto, numa operação denominada \"Granito\", anunciou ontem a Polícia Judiciária, que contou com a Guarda Nacional Republicana.", "agency:portugal-pj")]
    [InlineData("Quatre hommes ont été interpellés à Lyon dans le cadre de l'opération Granit, a annoncé jeudi la Gendarmerie nationale, épaulée par la Police nationale.", "agency:gendarmerie-nationale")]
    public void AnInvertedAnnouncerIsReadPastAWordOfTime(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Fact]
    public void AnArrestVerbsSubjectLeadsNothingBesideANamedLead() =>
        Assert.Equal(
            ["agency:europol"],
            SingleEvent("A Polícia Federal prendeu quatro homens em Manaus durante a Operação Igarapé, coordenada pela Europol.").LeadIds);

    [Fact]
    public void ABodyAfterAnInvertedVerbAndAnAgentMarkIsNoAnnouncer() =>
        Assert.Empty(SingleEvent("Quatro homens foram detidos no Porto na Operação Granito, anunciou o jornal, depois de buscas com a Guarda Nacional Republicana e a Polícia de Segurança Pública.").LeadIds);

    [Theory]
    [InlineData("Gendarmerie nationale\nCommuniqué de presse\n\nQuatre hommes ont été interpellés à Brest lors de l'opération Goéland, pilotée par une cellule d'enquête spécialisée, avec l'appui de la Marine nationale.", "agency:gendarmerie-nationale")]
    [InlineData("Australian Federal Police\nMedia release\n\nFour men were arrested in Darwin in Operation Kestrel, which was led by a specialist team, with help from the Australian Border Force.", "agency:afp")]
    public void TheLetterheadsBodyLeadsAnOperationTheTextSaysWasLedByNoKnownBody(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Fact]
    public void TheLetterheadsBodyLeadsNothingWhereTheTextTellsNoLead() =>
        Assert.Empty(SingleEvent("Gendarmerie nationale\nCommuniqué de presse\n\nQuatre hommes ont été interpellés à Brest lors de l'opération Goéland, avec l'appui de la Marine nationale.").LeadIds);

    [Fact]
    public void AHeadlineIsNoLetterhead() =>
        Assert.Empty(SingleEvent("Quatre interpellations à Brest après une longue enquête de la Gendarmerie nationale sur un trafic de cocaïne\n\nQuatre hommes ont été interpellés lors de l'opération Goéland, pilotée par une cellule d'enquête spécialisée, avec l'appui de la Marine nationale.").LeadIds);

    [Fact]
    public void ASpeakerReportingADeedWithItsSubjectDroppedAnnouncesIt() =>
        Assert.Equal(
            ["agency:guardia-civil"],
            SingleEvent("La Guardia Civil informó este martes que detuvo a cuatro hombres en Algeciras durante la Operación Faro, con el apoyo de la Policía Nacional.").LeadIds);

    [Fact]
    public void ASpeakerReportingWhatHappenedWithoutADeedOfItsOwnLeadsNothing() =>
        Assert.Empty(SingleEvent("La Guardia Civil informó este martes que fueron detenidos cuatro hombres en Algeciras durante la Operación Faro, con el apoyo de la Policía Nacional.").LeadIds);
}
