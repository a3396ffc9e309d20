using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 27: counts of about so many ("une quarantaine"), a count of an earlier year or an earlier phase told after the
/// event's own, parts told after a stated total, and people held in custody, in the languages each rule reads.
/// </summary>
public sealed class ArrestFigureSession27Tests
{
    private static int? Arrests(string text) =>
        SingleEvent(text).Figures.TryGetValue(FigureKeys.Arrests, out var arrests) ? arrests : null;

    [Theory]
    [InlineData("Une quarantaine de contrebandiers ont été interpellés par la Garde nationale et la Douane.", 40)]
    [InlineData("Une quinzaine de personnes ont été interpellées par la Gendarmerie nationale et la Douane.", 15)]
    [InlineData("Una quincena de personas fueron detenidas por la Policía Nacional y la Guardia Civil.", 15)]
    [InlineData("Uma quarentena de pessoas foram detidas pela Polícia Judiciária e pela Guarda Nacional Republicana.", 40)]
    public void AboutSoManyIsTheStatedNumber(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL arrested nine suspects in Mombasa. In 2024, a first raid on the same route ended with 31 arrests.", 9)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a ocho personas en Huelva. En 2023, una redada en el mismo puerto terminó con 40 detenidos.", 8)]
    [InlineData("A Polícia Federal e o Ibama prenderam quatro pessoas em Itaituba. Em 2025, uma fiscalização na mesma região terminou com sete presos.", 4)]
    [InlineData("La Gendarmerie et la Douane ont interpellé onze passeurs à Cayenne. En 2024, un coup de filet au même endroit s'était soldé par 25 interpellations.", 11)]
    public void AYearOpeningASentenceAfterTheEventsCountTellsAnEarlierTime(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL arrested nine suspects in Mombasa. On 4 May 2025, officers arrested three more in Malindi.", 12)]
    [InlineData("In 2025, the Kenya Police Service and INTERPOL arrested 14 suspects in Mombasa.", 14)]
    public void ADayOrAYearBeforeAnyCountIsStillTheEvents(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("A Polícia Nacional e a AGT detiveram 30 pessoas no Zaire. Numa fase anterior, a mesma operação tinha resultado em 54 detenções.", 30)]
    [InlineData("The Kenya Police Service and INTERPOL arrested nine suspects in Mombasa. Last March the same teams had made 40 arrests.", 9)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a seis personas en Vigo. En una fase anterior, la operación se saldó con 20 detenidos.", 6)]
    public void AnEarlierPhasesCountAfterTheEventsIsLeftOut(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("La FELCN y la Senad informaron que más de 20 personas fueron aprehendidas en total. En Bolivia se registraron 13 aprehensiones; en Paraguay, la Senad informó de otras ocho detenciones.", 20)]
    [InlineData("The Kenya Police Service and INTERPOL said nine people were arrested in all. Officers arrested six in Mombasa, and police in Uganda arrested four more.", 9)]
    public void PartsToldAfterAStatedTotalDoNotRaiseIt(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL said nine people were arrested in all. By Friday, officers had arrested two more.", 11)]
    [InlineData("La Policía Nacional y la Guardia Civil informaron que seis personas fueron detenidas en total. Días después, los agentes detuvieron a otras dos.", 8)]
    public void AMoreCountRightAfterTheTotalStillAdds(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Hellenic Coast Guard and Frontex located 37 boats. Eleven suspected smugglers were held and brought before the prosecutor.", 11)]
    [InlineData("The Royal Oman Police and the Kuwaiti police seized 4 tonnes of captagon. Eleven people are being held in Muscat.", 11)]
    [InlineData("La Police nationale d'Haïti et la Douane ont saisi 14 fusils. Trois personnes sont en garde à vue à Port-au-Prince.", 3)]
    public void PeopleHeldInCustodyAreArrested(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL rescued 20 migrants who had been held hostage. Twenty migrants were held hostage in Kisumu.")]
    [InlineData("The Kenya Police Service and INTERPOL met in Nairobi. Twelve meetings were held there in May.")]
    public void HostagesAndThingsHeldAreNotArrests(string text) => Assert.Null(Arrests(text));
}
