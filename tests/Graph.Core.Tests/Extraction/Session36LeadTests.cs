using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 36 (issue 13): a fronted phrase of command over a noun of the work as a whole ("Al frente de las acciones estuvo
/// …"), a unit whose name holds a capitalised hyphenated word ("the Anti-smuggling Brigade of …"), and an operation that
/// "had at its head" a body ("l'opération avait à sa tête la Garde nationale"), and an operation fronted as the object and taken
/// up by a pronoun ("La segunda, «X», la condujo la Armada").
/// </summary>
public sealed class Session36LeadTests
{
    [Theory]
    [InlineData("Cuatro personas fueron detenidas en la Operación Pino. Al frente de las acciones estuvo la Guardia Civil, que contó con el apoyo de la Policía Nacional.", "agency:guardia-civil")]
    [InlineData("Cuatro personas fueron detenidas en la Operación Pino. Al frente del despliegue estuvo la Secretaría de Marina, junto con la Guardia Nacional.", "agency:mexico-semar")]
    [InlineData("Quatro pessoas foram presas na Operação Pinheiro. À frente das ações esteve a Polícia Federal, com o apoio da Receita Federal.", "agency:brazil-pf")]
    [InlineData("Quatre personnes ont été interpellées lors de l'opération Pin. À la tête du dispositif se trouvait la Gendarmerie nationale, appuyée par la Police nationale.", "agency:gendarmerie-nationale")]
    public void TheBodyAtTheHeadOfTheWorkNamedByItsNounLeads(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("Cuatro personas fueron detenidas en la Operación Pino, en la que participaron la Guardia Civil y la Policía Nacional. Al frente de las acciones estuvo durante años la Guardia Civil.")]
    [InlineData("Cuatro personas fueron detenidas en la Operación Pino, en la que participaron la Guardia Civil y la Policía Nacional. Al frente de los allanamientos estuvo la Guardia Civil.")]
    public void AWorkNounWithoutTheBodyRightAfterItsCopulaOrAPartOfTheWorkLeadsNothing(string text) =>
        Assert.Empty(SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("Six people were arrested in Operation Cedar. The operation was carried out by the Anti-smuggling Brigade of the Investigations Police of Chile.", "agency:chile-pdi")]
    [InlineData("Six people were arrested in Operation Cedar. The operation was led by the Counter-fraud and Cybercrime Unit (CFCU) of the Royal Thai Police.", "agency:thai-police")]
    public void AUnitWhoseNameHoldsAHyphenatedWordLeadsAsItsBody(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("Quatre personnes ont été arrêtées près de la frontière, a annoncé le ministère de l'Intérieur. Baptisée « Pin 2 », l'opération avait à sa tête la Garde nationale, dont les unités ont bloqué les pistes.", "agency:tunisia-police")]
    [InlineData("Cuatro personas fueron detenidas en la Operación Pino, informó el Ministerio de Seguridad. La operación tuvo al frente a la Prefectura Naval Argentina, con el apoyo de la Gendarmería Nacional.", "agency:argentina-pna")]
    public void TheBodyAnOperationHadAtItsHeadLeadsIt(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("Tres operaciones dejaron nueve detenidos. La segunda, \"Coral 3\", la condujo la Armada Nacional del Uruguay en el Atlántico, con la Prefectura Naval Argentina.", "agency:uruguay-navy")]
    [InlineData("Cuatro personas fueron detenidas en la Operación Pino. La investigación la dirigió la Fiscalía de Chile, con el apoyo de la PDI.", "agency:chile-prosecutor")]
    public void TheSubjectAfterAPronounTakingUpTheFrontedOperationLeads(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Fact]
    public void APartOfTheWorkTakenUpByAPronounLeadsNothing() =>
        Assert.Empty(SingleEvent("Cuatro personas fueron detenidas en la Operación Pino, en la que participaron la Guardia Civil y la Policía Nacional. Los registros los realizó la Guardia Civil.").LeadIds);
}
