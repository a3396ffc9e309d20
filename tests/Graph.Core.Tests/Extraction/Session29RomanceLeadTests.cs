using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 29 (issue 13): Spanish, Portuguese and French leads named through a unit of the body (its own head noun, in
/// capitals or not, a long field, "and" inside the field), a lead shared with the prefix "co-", and the Rioplatense
/// "llevada adelante" with "en forma conjunta".
/// </summary>
public sealed class Session29RomanceLeadTests
{
    [Theory]
    [InlineData("La Operación Roca fue dirigida por la Sección de Robos contra el Patrimonio de la Policía Nacional del Perú. Tres personas fueron detenidas.", "agency:peru-pnp")]
    [InlineData("A Operação Baobá foi coordenada pela Divisão de crimes ambientais e patrimoniais da Polícia Federal. Três pessoas foram presas.", "agency:brazil-pf")]
    [InlineData("L'opération Baobab a été menée sous l'égide du Service central de lutte contre la traite des êtres humains de la Police nationale sénégalaise. Trois personnes ont été interpellées.", "agency:senegal-police")]
    public void AUnitNamedByItsOwnHeadNounLeadsAsItsBody(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Fact]
    public void ALowerCaseUnitWithAndInsideItsFieldLeadsAsItsBody() =>
        Assert.Equal(
            ["agency:gendarmerie-nationale"],
            SingleEvent("L'opération Baobab a été dirigée par la section des stupéfiants et psychotropes de la Gendarmerie nationale. Trois personnes ont été interpellées.").LeadIds);

    [Fact]
    public void ABodyAfterTheUnitsBodyStillJoinsTheList() =>
        Assert.Equal(
            ["agency:peru-pnp", "agency:guardia-civil"],
            SingleEvent("La Operación Roca fue dirigida por la Sección de Robos contra el Patrimonio de la Policía Nacional del Perú y la Guardia Civil. Tres personas fueron detenidas.").LeadIds);

    [Theory]
    [InlineData("La Operación Roca fue codirigida por la Prefectura Naval Argentina y la Gendarmería Nacional Argentina. Tres personas fueron detenidas.", "agency:argentina-pna", "agency:argentina-gna")]
    [InlineData("La Operación Roca fue llevada adelante en forma conjunta por la Prefectura Naval Argentina y la Gendarmería Nacional Argentina. Tres personas fueron detenidas.", "agency:argentina-pna", "agency:argentina-gna")]
    [InlineData("A Operação Baobá foi codirigida pela Polícia Federal e pela Receita Federal. Três pessoas foram presas.", "agency:brazil-pf", "agency:brazil-rfb")]
    [InlineData("L'opération Baobab a été co-dirigée par la Gendarmerie nationale et par la Police nationale. Trois personnes ont été interpellées.", "agency:gendarmerie-nationale", "agency:police-nationale")]
    public void ALeadSharedWithThePrefixCoOrCarriedOutJointlyLeavesBothLeading(string text, string first, string second) =>
        Assert.Equal([first, second], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("La Operación Retablo fue liderada del lado peruano por la Policía Nacional del Perú (PNP) y del lado boliviano por la Policía Boliviana. Tres personas fueron detenidas.", "agency:peru-pnp", "agency:bolivia-police")]
    [InlineData("L'opération Phare a été pilotée côté français par l'Office anti-stupéfiants (OFAST) et côté belge par la Police fédérale belge. Trois personnes ont été interpellées.", "agency:ocrtis", "agency:belgian-federal-police")]
    public void ASecondSideAfterAnAcronymInBracketsLeadsToo(string text, string first, string second) =>
        Assert.Equal([first, second], SingleEvent(text).LeadIds);
}
