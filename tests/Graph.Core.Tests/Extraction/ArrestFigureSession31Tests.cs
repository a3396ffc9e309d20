using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 31: counts a report states beside its arrests — people drawn from the arrested, people of another kind
/// a total counts, warrants served told by a bare number, earlier phases in the plural — and Portuguese "dos", which is no two.
/// </summary>
public sealed class ArrestFigureSession31Tests
{
    private static int? Arrests(string text) =>
        SingleEvent(text).Figures.TryGetValue(FigureKeys.Arrests, out var arrests) ? arrests : null;

    [Theory]
    [InlineData("A Polícia Judiciária e a GNR realizaram buscas em Faro. O mais novo dos detidos tem 19 anos.")]
    [InlineData("A Polícia Federal e a Receita Federal fizeram buscas em Santos. Um dos presos era funcionário do porto.")]
    public void PortugueseDosIsNoNumber(string text) => Assert.Null(Arrests(text));

    [Fact]
    public void SpanishDosIsStillTwo() =>
        Assert.Equal(2, Arrests("La Policía Nacional y la Guardia Civil registraron una nave en Almería. Fueron detenidos dos hombres."));

    [Theory]
    [InlineData("A Polícia Federal e a Receita Federal prenderam em flagrante, na manhã de sexta-feira, seis pessoas em Santos.", 6)]
    [InlineData("La Gendarmerie et la Douane ont interpellé en flagrant délit, jeudi soir, cinq passeurs à Dakar.", 5)]
    public void AVerbsMannerBeforeAnAsideStillTakesTheCount(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void TheVerbsObjectBeforeACommaIsNoManner() =>
        Assert.Equal(3, Arrests("The Kenya Police Service and INTERPOL arrested the crew, a Somali man, 44, a Kenyan man, 29, and a Yemeni man. In all, three people were arrested."));

    [Theory]
    [InlineData("La Policía Nacional y la Guardia Civil desarticularon la red en Almería. Entre los detenidos hay dos funcionarios de aduanas.")]
    [InlineData("The Ghana Police Service and INTERPOL dismantled the ring in Tema. Among those arrested were three port workers.")]
    [InlineData("A Polícia Federal e a Receita Federal desmantelaram o grupo em Santos. Entre os presos estão quatro despachantes.")]
    [InlineData("La Gendarmerie et la Douane ont démantelé le réseau à Dakar. Parmi les personnes interpellées figurent deux agents portuaires.")]
    public void ACountDrawnFromTheArrestedIsNoArrestCount(string text) => Assert.Null(Arrests(text));

    [Theory]
    [InlineData("La Policía Nacional y la Guardia Civil desarticularon la red. En total, 20 personas han sido investigadas, de las cuales siete han sido detenidas.", 7)]
    [InlineData("The Ghana Police Service and INTERPOL dismantled the ring. In total, 30 people were questioned, of whom eight were arrested.", 8)]
    public void ATotalOfPeopleOfAnotherKindIsNotTheArrests(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void ATotalOfPeopleArrestedStillCounts() =>
        Assert.Equal(14, Arrests("The Ghana Police Service and INTERPOL dismantled the ring. In total, 14 people were arrested in Tema and Accra."));

    [Theory]
    [InlineData("A Polícia Civil e o Ministério Público deflagraram a operação em Niterói. Foram expedidos 12 mandados de prisão. Nove foram cumpridos.", 9)]
    [InlineData("The Ghana Police Service and INTERPOL ran the operation. A court issued 15 arrest warrants for the ring's members. Eleven were executed on Tuesday.", 11)]
    public void ABareCountServedAfterWarrantsAreCountedIsTheWarrantsServed(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void ABareCountServedWithNoWarrantsCountedIsNoFigure() =>
        Assert.Null(Arrests("A Polícia Civil e o Ministério Público deflagraram a operação em Niterói. Nove foram cumpridos."));

    [Theory]
    [InlineData("A Polícia Judiciária e a GNR conduziram a operação em Faro. Nas fases anteriores, em 2023 e 2024, a investigação já tinha resultado em 30 detenções.")]
    [InlineData("The Ghana Police Service and INTERPOL ran the operation in Tema. In its earlier phases, in 2023 and 2024, the investigation had led to 30 arrests.")]
    [InlineData("La Policía Nacional y la Guardia Civil dirigieron la operación. En las fases anteriores, en 2023 y 2024, la investigación había permitido 30 detenciones.")]
    public void EarlierPhasesInThePluralAreBackground(string text) => Assert.Null(Arrests(text));

    [Theory]
    [InlineData("La Police fédérale et la Douane ont interpellé cinq personnes en Belgique, trois à Gand et deux à Mons. Au total, cinq personnes ont été interpellées.", 5)]
    [InlineData("The Ghana Police Service and INTERPOL arrested six people in Ghana, four in Accra and two in Tema. In total, six people were arrested.", 6)]
    public void AStatedTotalWinsOverALargerSumOfParts(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void AStatedTotalOfTheSumStillCounts() =>
        Assert.Equal(10, Arrests("The Ghana Police Service and INTERPOL arrested six people in Accra and four in Tema. In total, ten people were arrested."));

    [Theory]
    [InlineData("A Guarda Costeira e a Marinha Portuguesa abordaram dois arrastões. Não houve detenções: os três comandantes foram notificados.")]
    [InlineData("The Kenya Coast Guard and the Kenya Navy boarded the dhow. No arrests were made: the four crew members were warned and released.")]
    public void ACountAfterADeniedArrestIsNoArrestCount(string text) => Assert.Null(Arrests(text));

    [Theory]
    [InlineData("A Guarda Costeira e a Marinha conduziram a operação. Ninguém foi preso. Em 2024, uma operação conjunta com a Marinha resultou na detenção de seis pescadores.")]
    [InlineData("The Kenya Coast Guard and the Kenya Navy boarded the dhow. Nobody was arrested. In 2023, a joint patrol in the same waters led to the arrest of nine fishermen.")]
    public void AnotherYearsArrestsAfterTheEventsAreDeniedAreLeftOut(string text) => Assert.Null(Arrests(text));
}
