using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 34 (issue 13): an earlier phase whose arrests an infinitive tells, a later update told by the bare noun of a figure
/// that refers back to the arrests, and people named by a noun no list knows before a passive arrest, in the four languages. The sentences are written for these tests.
/// </summary>
public sealed class ArrestFigureSession34Tests
{
    private static int? Arrests(string text) =>
        SingleEvent(text).Figures.TryGetValue(FigureKeys.Arrests, out var arrests) ? arrests : null;

    private static int? Victims(string text) =>
        SingleEvent(text).Figures.TryGetValue(FigureKeys.VictimsIdentified, out var victims) ? victims : null;

    [Theory]
    [InlineData("La Gendarmerie nationale et la Douane ont interpellé cinq passeurs à Dakhla. Une première phase, conduite en 2023, avait permis d'interpeller 14 passeurs.", 5)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a cinco personas en Huelva. Una fase anterior, en 2023, había permitido detener a 14 personas.", 5)]
    [InlineData("A Polícia Federal e a Receita Federal prenderam cinco pessoas em Santos. Uma fase anterior, em 2023, tinha permitido prender 14 pessoas.", 5)]
    public void AnEarlierYearsArrestsToldByAnInfinitiveAreNotTheEvents(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL arrested nine people near Kisumu on Tuesday. By Sunday the figure had climbed to 15.", 15)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a siete personas en Jaén. Tras los registros del jueves, la cifra subió a once.", 11)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a siete personas en Jaén. El número se elevó el jueves a once.", 11)]
    [InlineData("La Gendarmerie nationale et la Douane ont interpellé sept personnes à Lille. Vendredi, le chiffre est passé à quinze.", 15)]
    [InlineData("A Polícia Federal e a Receita Federal prenderam sete pessoas em Belém. Na sexta, a cifra subiu para quinze.", 15)]
    public void TheBareNounOfAFigureAfterTheArrestsUpdatesThem(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void TheBareNounOfAFigureAfterAnotherFigureLeavesTheArrests()
    {
        const string text = "The Kenya Police Service and INTERPOL arrested nine people near Kisumu on Tuesday. Officers rescued 20 victims of trafficking. By Sunday the figure had climbed to 31.";
        Assert.Equal(9, Arrests(text));
        Assert.Equal(20, Victims(text));
    }

    [Theory]
    [InlineData("La Policía Nacional y la Armada incautaron una tonelada de cocaína en Paita. Siete narcotraficantes fueron detenidos.", 7)]
    [InlineData("A Polícia Federal e o Ibama apreenderam duas dragas no rio Madeira. Cinco garimpeiros foram presos em flagrante.", 5)]
    [InlineData("La Gendarmerie nationale et la Douane ont saisi deux tonnes de résine à Oujda. Six contrebandiers ont été arrêtés.", 6)]
    [InlineData("The Kenya Police Service and INTERPOL raided a warehouse in Mombasa. Four poachers were arrested.", 4)]
    public void AnUnlistedPluralNounBeforeThePassiveArrestCountsPeople(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("La Armada y la Policía Nacional interceptaron a los pescadores en Manta. Dos buques fueron detenidos.")]
    [InlineData("The Kenya Police Service and INTERPOL traced a site that charged as little as 20 dollars were arrested for nothing.")]
    public void AThingOrAnAmountBeforeAnArrestWordCountsNoOne(string text) => Assert.Null(Arrests(text));

    [Fact]
    public void TheNounOfAFigureOfSomethingElseLeavesTheArrests() =>
        Assert.Equal(7, Arrests("La Policía Nacional y la Guardia Civil detuvieron a siete personas en Jaén. La cifra de kilos incautados se elevó a 40."));
}
