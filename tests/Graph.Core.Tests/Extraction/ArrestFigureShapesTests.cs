using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Issue 13, session 23: arrest figures in the shapes fresh reports gave them, in the four languages.</summary>
public sealed class ArrestFigureShapesTests
{
    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL said five people were arrested in Nairobi and two in Mombasa, seven in all.", 7)]
    [InlineData("La Policía Nacional y Europol detuvieron a ocho personas en Madrid y a cuatro en Valencia, doce en total.", 12)]
    [InlineData("La police belge et Europol ont interpellé six personnes à Anvers et trois à Liège ; neuf au total.", 9)]
    [InlineData("A PSP e a Europol detiveram cinco pessoas em Lisboa e três no Porto, oito ao todo.", 8)]
    public void ACountTheWordsOfAWholeFollowIsTheTotalOfThePlacesBeforeIt(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures[FigureKeys.Arrests]);

    [Fact]
    public void AWholeOfAnotherNounIsNoArrestTotal() =>
        Assert.Equal(30, SingleEvent("The Guardia Civil and Europol arrested 30 people, and the network sold its goods in 9 countries in all.").Figures[FigureKeys.Arrests]);

    [Fact]
    public void AWholeInASentenceWithoutArrestsCountsNoArrests() =>
        Assert.False(SingleEvent("Customs and the Australian Border Force searched 40 containers in Auckland and 12 in Sydney, 52 in all.").Figures.ContainsKey(FigureKeys.Arrests));

    [Theory]
    [InlineData("La Police nationale et INTERPOL annoncent : 15 « brouteurs » interpellés à Abidjan.", 15)]
    [InlineData("The Ghana Police Service and INTERPOL said 12 \"mules\" arrested at Kotoka airport would be charged.", 12)]
    public void AQuotedWordAfterTheCountNamesThePeopleArrested(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures[FigureKeys.Arrests]);

    [Fact]
    public void AQuotedWordWithNoArrestWordAfterItCountsNoOne() =>
        Assert.False(SingleEvent("La Douane sénégalaise et INTERPOL ont saisi 15 « colis » suspects à Dakar.").Figures.ContainsKey(FigureKeys.Arrests));

    [Fact]
    public void AnAsideBetweenDashesStandsBetweenTheCountAndItsVerb() =>
        Assert.Equal(4, SingleEvent("Four men \u2013 three Ghanaians and a Togolese \u2013 were arrested by the Ghana Police Service with INTERPOL's help.").Figures[FigureKeys.Arrests]);

    [Theory]
    [InlineData("More than 30 agents have been arrested by the Federal Investigation Agency with INTERPOL's help.", 30)]
    [InlineData("Twenty-two fishermen, all citizens of Honduras, were taken into custody by the Royal Bahamas Defence Force and the US Coast Guard.", 22)]
    [InlineData("La Policía Nacional del Perú y la Policía Boliviana arrestaron a dos captadores en El Alto.", 2)]
    [InlineData("La Garde nationale et la Douane tunisienne ont arrêté quatre contrebandiers à Ben Guerdane.", 4)]
    public void PersonNounsOfCountsTheListsLackedCountPeople(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures[FigureKeys.Arrests]);

    [Fact]
    public void PeopleRescuedBeforeTheArrestsAreNotArrested() =>
        Assert.Equal(173, SingleEvent("The Royal Thai Police and ASEANAPOL raided eleven compounds, rescuing 640 workers and arresting 173 suspects.").Figures[FigureKeys.Arrests]);

    [Theory]
    [InlineData("A Polícia Federal e a Receita Federal prenderam seis pessoas; os outros dois alvos estão foragidos.", 6)]
    [InlineData("La Policía Nacional y Europol detuvieron a cuatro personas; otras dos siguen prófugas.", 4)]
    [InlineData("The Ghana Police Service and INTERPOL arrested five people; two others remain at large.", 5)]
    public void OthersInAClauseThatTellsNoArrestAreNotAdded(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures[FigureKeys.Arrests]);

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL arrested five people, and two more were detained in Mombasa.", 7)]
    [InlineData("La Guardia Civil y Europol detuvieron a tres personas en Sevilla y a otras dos en Córdoba.", 5)]
    public void OthersInAClauseThatTellsArrestsAreAdded(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures[FigureKeys.Arrests]);

    [Theory]
    [InlineData("A Polícia Federal e a Receita Federal cumpriram sete mandados em Curitiba. Até ao meio-dia, cinco dos sete alvos tinham sido presos.", 5)]
    [InlineData("The Federal Police and INTERPOL had warrants for nine people. By noon, four of the nine targets had been arrested.", 4)]
    public void APartOfAWholeThatIsNoArrestCountIsTheArrests(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures[FigureKeys.Arrests]);

    [Fact]
    public void APartOfArrestsAlreadyCountedAddsNothing() =>
        Assert.Equal(11, SingleEvent("La Guardia Civil y Europol detuvieron a once personas. Dos de los once detenidos fueron puestos en libertad.").Figures[FigureKeys.Arrests]);

    [Fact]
    public void AgesJoinedByAndAreNoPartOfACount() =>
        Assert.Equal(3, SingleEvent("The National Crime Agency and Border Force arrested three men. The men, aged 29, 34 and 41, were arrested in Dover.").Figures[FigureKeys.Arrests]);

    [Fact]
    public void ATotalWhoseNumberNamesItsPeopleAfterAnArticleIsTheFigure() =>
        Assert.Equal(9, SingleEvent("La Policía Nacional del Perú detuvo a seis personas en Puno y la Policía Boliviana a tres en El Alto. En total son nueve los detenidos.").Figures[FigureKeys.Arrests]);

    [Theory]
    [InlineData("L'OFAST et la DNRED ont interpellé dix personnes à Marseille. La police belge a, de son côté, interpellé deux complices à Liège.", 12)]
    [InlineData("La Guardia Civil y Europol detuvieron a seis personas en Huelva. La Polícia Judiciária, por su parte, detuvo a tres en Faro.", 9)]
    [InlineData("The Hellenic Police and Europol arrested eight people in Patras. Italian police, meanwhile, arrested three men in Bari.", 11)]
    public void AParallelPhraseBetweenCommasBeforeTheVerbAddsTheArrests(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures[FigureKeys.Arrests]);

    [Fact]
    public void AParallelWordThatOnlyQualifiesTheVerbAddsNothing() =>
        Assert.Equal(9, SingleEvent("Vietnamese police and the Lao police arrested nine people in Vinh. Expanding the case, the team simultaneously arrested four suspects in the city.").Figures[FigureKeys.Arrests]);

    [Theory]
    [InlineData("The Kenya Police Service and INTERPOL arrested 14 people in Mombasa. A similar campaign in 2023 led to 96 arrests.", 14)]
    [InlineData("A Polícia Nacional e o SIC detiveram 30 pessoas no Dundo. Em 2023, uma ação semelhante terminou com a detenção de 112 pessoas.", 30)]
    [InlineData("La Policía Nacional y Europol detuvieron a 12 personas en Vigo. En 2024, una operación similar terminó con 40 detenidos.", 12)]
    [InlineData("La DGSN et INTERPOL ont interpellé 9 personnes à Tanger. En 2024, une opération similaire avait abouti à 31 interpellations.", 9)]
    public void TheArrestsOfASimilarOperationAreAnotherCases(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures[FigureKeys.Arrests]);

    [Theory]
    [InlineData("Cerca de 180 agentes de la Guardia Civil y de Europol detuvieron a 12 personas en Huelva.", 12)]
    [InlineData("Environ 180 agents de la Police nationale et d'Europol ont interpellé 12 personnes à Lyon.", 12)]
    public void TheArrestingSidesOfficersAreNotCountedAsArrested(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures[FigureKeys.Arrests]);
}
