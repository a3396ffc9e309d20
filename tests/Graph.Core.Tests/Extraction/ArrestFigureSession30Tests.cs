using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 30: how a report sets its arrest figure among the other counts it tells: others who were charged and not
/// arrested, the rest of a whole a court ruled on, a breakdown by place after a colon, and another year's results told as background.
/// </summary>
public sealed class ArrestFigureSession30Tests
{
    private static int? Arrests(string text) =>
        SingleEvent(text).Figures.TryGetValue(FigureKeys.Arrests, out var arrests) ? arrests : null;

    [Theory]
    [InlineData("A Polícia Judiciária e a GNR detiveram quatro homens em Setúbal. Outros seis suspeitos foram constituídos arguidos e ficaram em liberdade.", 4)]
    [InlineData("A Polícia Judiciária e a GNR detiveram quatro homens em Setúbal. Outros seis suspeitos foram ouvidos, mas não foram detidos.", 4)]
    [InlineData("The Kenya Police Service and INTERPOL arrested eight men in Mombasa. Three others were charged in their absence.", 8)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a cinco personas en Almería. Otras tres fueron citadas, pero no fueron detenidas.", 5)]
    public void OthersChargedOrNotArrestedAddNoOne(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a seis personas en Almería. Otras dos fueron detenidas en Murcia.", 8)]
    [InlineData("A Polícia Judiciária e a GNR detiveram quatro homens em Setúbal. Outros dois suspeitos foram detidos em Faro.", 6)]
    public void OthersArrestedStillAdd(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a cuatro personas en Almería. El juez envió a prisión a tres de los cuatro acusados y dejó en arresto domiciliario a los otros uno.", 4)]
    [InlineData("The Kenya Police Service and INTERPOL arrested six men in Mombasa. The court remanded four of the six suspects in custody and released the other two on bail.", 6)]
    public void TheRestOfAWholeNamedInTheSentenceAddsNoOne(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Ghana Police Service and INTERPOL led the operation. The arrests came on Friday: four in Accra, three in Kumasi and two in Tamale.", 9)]
    [InlineData("La Policía Nacional y la Guardia Civil dirigieron la operación. Las detenciones se practicaron el martes: cinco en Almería y dos en Murcia.", 7)]
    [InlineData("A Polícia Judiciária e a GNR conduziram a operação. As detenções ocorreram na terça-feira: três em Faro e duas em Setúbal.", 5)]
    public void PlacedCountsAfterAnArrestColonAddUp(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Ghana Police Service and INTERPOL arrested seven suspects in Tema. This was the third round of the operation, after two rounds in 2022 and 2023 that together brought 30 arrests.", 7)]
    [InlineData("La Gendarmerie et la Douane ont interpellé neuf personnes à Dakar. Une opération de 2024 sur la même route s'était soldée par 25 arrestations.", 9)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a ocho personas en Huelva. La primera edición, celebrada en 2024 en cinco países, terminó con 44 detenidos.", 8)]
    public void AnotherYearsResultsAfterTheEventsCountAreLeftOut(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Ghana Police Service and INTERPOL arrested seven suspects in Tema on 3 March 2026. On 5 March 2026 officers arrested four more in Accra.", 11)]
    [InlineData("Europol and the Guardia Civil arrested seven suspects in Huelva. Operation Silver Reef 2026, of which this case is a part, led to 41 arrests in all.", 41)]
    public void ADatedYearOrAYearInANameIsNoOtherYear(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("Nine suspected members of a cattle rustling gang from the border districts are in custody after a joint operation by the Kenya Police Service and the Uganda Police Force.", 9)]
    [InlineData("Seven alleged couriers for a heroin network based in Mombasa remain in custody, the Kenya Police Service and INTERPOL said.", 7)]
    public void PeopleInCustodyAfterALongSubjectAreTheArrests(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("Nine people have been arrested in four West African countries, the Ghana Police Service and INTERPOL said.", 9)]
    [InlineData("The Kenya Police Service and INTERPOL arrested six suspects in two Kenyan towns.", 6)]
    public void ACountAfterAPlaceWordIsNoArrestCount(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void AnotherYearsResultsAfterWarrantsServedAreLeftOut() =>
        Assert.Equal(4, Arrests("A Polícia Federal e a Receita Federal cumpriram quatro mandados de prisão preventiva em Santos. Em 2023, uma ofensiva da Polícia Civil no mesmo porto resultou em 15 prisões."));

    [Theory]
    [InlineData("La Guardia Civil y la Policía Nacional inspeccionaron el pesquero en Vigo. Los nueve marineros, de nacionalidad peruana y chilena, no fueron detenidos.")]
    [InlineData("The Kenya Police Service and the Kenya Coast Guard boarded the dhow off Lamu. Its six crew members, all from Somalia, were not arrested.")]
    public void PeopleWhoseArrestIsDeniedCountNoOne(string text) => Assert.Null(Arrests(text));

    [Theory]
    [InlineData("A Polícia Federal e a Polícia Civil prenderam 15 pessoas em dois estados, sendo oito em Goiás e sete no Tocantins.", 15)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a 15 personas, siendo ocho en Lima y siete en Callao.", 15)]
    public void ABreakdownAfterTheGerundOfBeIsPartsOfTheCount(string text, int arrests) => Assert.Equal(arrests, Arrests(text));
}
