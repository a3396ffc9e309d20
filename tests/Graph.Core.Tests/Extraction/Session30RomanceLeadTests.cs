using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 30 (issue 13): Spanish, Portuguese and French leads told by the subject that brings the operation to its end
/// ("culminó", "concluiu", "a effectué"), and the subject of such a verb found right before an aside opened by a clause's stop
/// ("a través de", "através da") rather than at the sentence's start.
/// </summary>
public sealed class Session30RomanceLeadTests
{
    [Theory]
    [InlineData("La Policía Nacional del Perú culminó el martes la Operación Cóndor en tres regiones. Cinco personas fueron detenidas.", "agency:peru-pnp")]
    [InlineData("A Polícia Federal concluiu nesta semana a Operação Jacarandá no interior do estado. Cinco pessoas foram presas.", "agency:brazil-pf")]
    [InlineData("L'opération Aubépine a permis cinq interpellations dans le Var, a annoncé la Police nationale. La Gendarmerie nationale a effectué l'opération pendant deux semaines avec le concours de la Police nationale.", "agency:gendarmerie-nationale")]
    public void TheSubjectThatBringsTheOperationToItsEndLeadsIt(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Fact]
    public void CarryingOutSearchesLeadsNothing() =>
        Assert.Empty(SingleEvent("Dans le cadre de l'opération Aubépine, dirigée par un juge, la Gendarmerie nationale a effectué des perquisitions chez cinq suspects.").LeadIds);

    [Theory]
    [InlineData("El Ministerio del Interior de Chile informa que Carabineros de Chile, a través de su unidad de fronteras, culminó ayer la Operación Cóndor. Cinco personas fueron detenidas.", "agency:carabineros")]
    [InlineData("O Ministério da Justiça informa que a Polícia Federal, através da sua Diretoria de Investigação, concluiu a Operação Jacarandá. Cinco pessoas foram presas.", "agency:brazil-pf")]
    public void TheSubjectBeforeAnAsideIsTheOneRightBeforeItsComma(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Fact]
    public void EachMemberOfTheSubjectMayHaveItsOwnAside() =>
        Assert.Equal(
            ["agency:brazil-pf", "agency:brazil-rfb"],
            SingleEvent("A Polícia Federal, através da Superintendência no Paraná, e a Receita Federal, através da Alfândega de Foz, realizaram a Operação Jacarandá. Cinco pessoas foram presas.").LeadIds.Order());

    [Theory]
    [InlineData("Sesenta personas fueron detenidas en la Operación Telar, coordinada por INTERPOL conjuntamente con AMERIPOL, contra las estafas en línea.", "agency:interpol", "agency:ameripol")]
    [InlineData("Soixante personnes ont été arrêtées lors de l'opération Métier, coordonnée par INTERPOL conjointement avec AFRIPOL contre les escroqueries en ligne.", "agency:interpol", "agency:afripol")]
    public void APartnerJoinedToTheCoordinatorByAPhraseOfJointConductCoLeads(string text, string first, string second) =>
        Assert.Equal([first, second], SingleEvent(text).LeadIds);

    [Fact]
    public void APartnerJoinedToTheCoordinatorInConjunctionOnlyHelps() =>
        Assert.Equal(
            ["agency:brazil-pf"],
            SingleEvent("A Operação Figo foi coordenada pela Polícia Federal em conjunto com a Receita Federal, em Santos. Cinco pessoas foram presas.").LeadIds);
}
