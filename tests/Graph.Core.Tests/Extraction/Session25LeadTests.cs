using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 25 (issue 13), leads in Spanish, Portuguese and French. A unit named before its parent body may join two fields
/// with "and" and a linking word ("la División de Delitos Ambientales y de Fauna Silvestre (DIDAF) de la Policía
/// Boliviana"), and its bracketed acronym does not count against the unit's length: the parent leads. A day or a year
/// between a verb of leading and the operation ("coordinó el jueves 12 de marzo la Operación") does not hide that the
/// operation is the verb's object, so its subject leads.
/// </summary>
public sealed class Session25LeadTests
{
    [Theory]
    [InlineData("La Operación Ceibo fue dirigida por la División de Delitos Ambientales y de Fauna Silvestre (DIDAF) de la Policía Boliviana. Hubo cuatro detenidos.", "agency:bolivia-police")]
    [InlineData("A Operação Cajueiro foi coordenada pela Divisão de Investigação e de Combate Criminal (DICC) da Guarda Nacional Republicana. Foram detidas quatro pessoas.", "agency:portugal-gnr")]
    [InlineData("L'opération Baobab a été pilotée par la Brigade de Recherches et d'Intervention (BRI) de la Gendarmerie nationale sénégalaise. Quatre personnes ont été interpellées.", "agency:senegal-gendarmerie")]
    public void AUnitWithTwoFieldsNamedBeforeItsParentMakesTheParentLead(string text, string lead) =>
        Assert.Contains(lead, SingleEvent(text).LeadIds);

    [Fact]
    public void AnAndThatOpensANewClauseAfterTheUnitEndsTheListOfLeads() =>
        Assert.DoesNotContain("agency:bolivia-police", SingleEvent(
            "La Operación Ceibo fue dirigida por la Unidad Antidrogas y de manera paralela participó la Policía Boliviana.").LeadIds);

    [Theory]
    [InlineData("El Ministerio Público de Guatemala coordinó el jueves 12 de marzo la Operación Maizal, en la que participaron agentes de la Policía Nacional Civil de Guatemala.", "agency:guatemala-mp", "agency:guatemala-pnc")]
    [InlineData("La Policía Nacional del Perú dirigió el 3 de febrero de 2026 la Operación Totora, con el apoyo de la SUNAT.", "agency:peru-pnp", "agency:peru-sunat")]
    public void ADateBetweenTheVerbOfLeadingAndTheOperationLeavesItsSubjectTheLead(string text, string lead, string helper)
    {
        var operation = SingleEvent(text);

        Assert.Contains(lead, operation.LeadIds);
        Assert.DoesNotContain(helper, operation.LeadIds);
    }

    [Fact]
    public void ADatedVerbOfLeadingWhoseObjectIsNoOperationMakesNoLead() =>
        Assert.DoesNotContain("agency:paraguay-police", SingleEvent(
            "La Policía Boliviana detuvo a tres hombres en la Operación Marea. La Policía Nacional del Paraguay coordinó el 3 de marzo cuarenta controles de carretera.").LeadIds);
}
