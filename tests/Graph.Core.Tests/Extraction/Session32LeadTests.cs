using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 32 (issue 13): "pilotar" as a verb of leading in Spanish and Portuguese, and a place written between a passive lead
/// participle and its agent ("coordenada a partir de Lisboa pela …", "conduite à l'aéroport de Nice, en France, par …").
/// </summary>
public sealed class Session32LeadTests
{
    [Theory]
    [InlineData("Ocho personas fueron detenidas en la Operación Cedro, pilotada por la Guardia Civil con el apoyo de la Policía Nacional.", "agency:guardia-civil")]
    [InlineData("El operativo estuvo pilotado por la Guardia Civil y contó con agentes de la Policía Nacional; ocho personas fueron detenidas.", "agency:guardia-civil")]
    [InlineData("Oito pessoas foram presas na Operação Cedro, pilotada pela Polícia Federal com o apoio da Receita Federal.", "agency:brazil-pf")]
    public void APilotedOperationIsLedByItsPilot(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("A Operação Cedro, com oito presos, foi coordenada a partir de Brasília pela Polícia Federal, com o apoio da Receita Federal.", "agency:brazil-pf")]
    [InlineData("La Operación Cedro fue dirigida desde Madrid por la Guardia Civil, con el apoyo de la Policía Nacional; ocho personas fueron detenidas.", "agency:guardia-civil")]
    [InlineData("L'opération Cèdre a été coordonnée depuis l'aéroport de Nice, dans les Alpes-Maritimes, par la Gendarmerie nationale, avec le concours de la Police nationale.", "agency:gendarmerie-nationale")]
    [InlineData("Operation Cedar was coordinated from The Hague by Europol, with officers of the Guardia Civil and the Polícia Judiciária making eight arrests.", "agency:europol")]
    public void ABodyNamedAfterAPlaceThatFollowsALeadParticipleLeads(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("La Operación Cedro fue dirigida desde Madrid y apoyada por la Guardia Civil con la Policía Nacional; ocho personas fueron detenidas.")]
    [InlineData("A Operação Cedro foi coordenada a partir de dados enviados pela Polícia Federal à Receita Federal, e oito pessoas foram presas.")]
    public void AnAgentMarkBeyondAnotherVerbOrNoPlaceIsNotTheCoordinators(string text) =>
        Assert.DoesNotContain(SingleEvent(text).LeadIds, id => id is "agency:guardia-civil" or "agency:brazil-pf");
}
