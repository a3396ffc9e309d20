using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 29: a day written with an English month is no count, a count of an earlier or similar case told as
/// background is not the event's, one person listed after a count adds one, and "quedaron detenidos" after a bare count.
/// </summary>
public sealed class ArrestFigureSession29Tests
{
    private static int? Arrests(string text) =>
        SingleEvent(text).Figures.TryGetValue(FigureKeys.Arrests, out var arrests) ? arrests : null;

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL arrested three suspects. The men were detained on 22 October in Mombasa.", 3)]
    [InlineData("The Kenya Police Service and INTERPOL arrested three suspects. The men were detained on October 22 in Mombasa.", 3)]
    [InlineData("The Kenya Police Service and INTERPOL seized 40 kilograms of heroin. Both couriers were arrested on 17 March.", null)]
    public void ADayBesideAnEnglishMonthIsNoCount(string text, int? arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL arrested four suspects in Mombasa. In a previous case at the same port, 15 people were arrested.", 4)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a cuatro personas en Vigo. En un caso anterior en el mismo puerto fueron detenidas 15 personas.", 4)]
    [InlineData("A Polícia Judiciária e a GNR detiveram quatro pessoas em Sines. Num caso anterior no mesmo porto foram detidas 15 pessoas.", 4)]
    [InlineData("La Gendarmerie et la Douane ont interpellé quatre passeurs à Cayenne. La police, qui avait démantelé en 2023 un réseau similaire avec 15 arrestations, n'a pas participé.", 4)]
    public void AnEarlierOrSimilarCaseToldAfterTheEventsCountIsLeftOut(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL seized 300 kilograms of ivory. The police recalled that in a previous case at the same port, 15 people were arrested.")]
    [InlineData("La Policía Nacional y la Guardia Civil incautaron 300 kilos de cocaína. La policía recordó que en un caso anterior en el mismo puerto fueron detenidas 15 personas.")]
    [InlineData("A Polícia Judiciária e a GNR apreenderam 300 quilos de cocaína. A PJ lembrou que num caso anterior no mesmo porto foram detidas 15 pessoas.")]
    public void AnEarlierCasesCountIsNoArrestsOfTheEvent(string text) => Assert.Null(Arrests(text));

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL arrested two men and a woman in Mombasa.", 3)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a cuatro pescadores y un patrón que trabajaba para la red.", 5)]
    [InlineData("La Gendarmerie et la Douane ont interpellé trois passeurs et un chauffeur.", 4)]
    [InlineData("The Kenya Police Service and INTERPOL arrested two men and a large quantity of ivory was seized.", 2)]
    [InlineData("The Kenya Police Service and INTERPOL arrested two men and a truck in Mombasa.", 2)]
    public void OnePersonListedAfterACountAddsOne(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("La Armada y la Policía Nacional interceptaron una lancha con cuatro tripulantes: los cuatro quedaron detenidos.", 4)]
    public void ABareCountThatRemainedInCustodyIsTheArrests(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("La Policía Nacional y la Guardia Civil cerraron la operación con una decena de detenidos.", 10)]
    [InlineData("La Gendarmerie et la Douane ont conclu l'opération par une vingtaine d'interpellés.", 20)]
    public void AboutSoManyOfTheArrestedIsTheStatedNumber(string text, int arrests) => Assert.Equal(arrests, Arrests(text));
}
