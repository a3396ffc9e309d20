using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 26: counts told in groups of ten or twelve ("duas dezenas"), and counts of an earlier operation told after
/// the event's own, in the four languages.
/// </summary>
public sealed class ArrestFigureSession26Tests
{
    private static int? Arrests(string text) =>
        SingleEvent(text).Figures.TryGetValue(FigureKeys.Arrests, out var arrests) ? arrests : null;

    [Theory]
    [InlineData("Duas dezenas de pessoas foram presas pela Polícia Civil e pela Polícia Federal.", 20)]
    [InlineData("Tres decenas de personas fueron detenidas por la Policía Nacional y la Guardia Civil.", 30)]
    [InlineData("Deux dizaines de personnes ont été interpellées par la Gendarmerie nationale et la Douane.", 20)]
    public void AFewGroupsOfTenAreTheirProduct(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("Dezenas de pessoas foram presas pela Polícia Civil e pela Polícia Federal.")]
    [InlineData("Decenas de personas fueron detenidas por la Policía Nacional y la Guardia Civil.")]
    public void GroupsOfTenWithoutANumberCountNoOne(string text) => Assert.Null(Arrests(text));

    [Theory]
    [InlineData("The Ghana Police Service and INTERPOL arrested nine suspects in Tema. Last year the same unit had arrested more than 150 people on that route.", 9)]
    [InlineData("La Gendarmerie et la Douane ont interpellé onze passeurs à Ziguinchor. En mars, une trentaine de personnes avaient été interpellées dans la même zone.", 11)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a ocho personas en Huelva. En 2024, los agentes habían detenido a 40 personas en otra operación.", 8)]
    [InlineData("A Polícia Federal e a Receita Federal prenderam seis pessoas em Santos. No ano passado, a mesma equipa tinha prendido 25 suspeitos.", 6)]
    public void ACountOfAnEarlierTimeAfterTheEventsOwnIsLeftOut(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("Five of the nine targets had been arrested by the Kenya Police Service and INTERPOL before the raid.", 5)]
    [InlineData("Cinco dos seis alvos tinham sido presos pela Polícia Federal e pela Receita Federal.", 5)]
    public void APluperfectCountWithNoCountBeforeItIsStillTheArrests(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("Seven suspects were arrested by the Kenya Police Service and INTERPOL on Monday. By Friday, officers had arrested three more.", 10)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a seis personas en Vigo. Días después, los agentes habían detenido a otras dos.", 8)]
    public void APluperfectCountThatAddsToTheEventsStillAdds(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Uganda Police Force and INTERPOL arrested 30 people in Kampala. The total of people arrested in the two countries is 34.", 34)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a 20 personas en Madrid. El total de detenidos en la operación asciende a 26.", 26)]
    [InlineData("A PNTL e a Polícia Judiciária detiveram 30 pessoas em Díli. O total de detidos nas duas jurisdições é de 34.", 34)]
    [InlineData("La Gendarmerie et la Douane ont interpellé 15 personnes à Cayenne. Le total des personnes interpellées atteint 19.", 19)]
    public void ATotalStatedAtTheEndOfItsClauseIsTheArrests(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Ghana Police Service and INTERPOL arrested four men in Tema. The total of people arrested on that route since January is 212.", 4)]
    [InlineData("The Ghana Police Service and INTERPOL arrested four men in Tema. In total, officers seized 40 kilograms of cannabis.", 4)]
    public void ATallyOrAQuantityAfterATotalIsNotTheArrests(string text, int arrests) => Assert.Equal(arrests, Arrests(text));
}
