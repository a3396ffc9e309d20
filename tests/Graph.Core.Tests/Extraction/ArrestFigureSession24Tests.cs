using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 24: counts that are quantities, ages, denials or warrants, and counts whose verb stands far from them, in
/// the four languages.
/// </summary>
public sealed class ArrestFigureSession24Tests
{
    private static int? Arrests(string text) =>
        SingleEvent(text).Figures.TryGetValue(FigureKeys.Arrests, out var arrests) ? arrests : null;

    [Theory]
    [InlineData("FIVE men are in police custody after 340 kilograms of cannabis were found on a trawler searched by the Ghana Police Service and INTERPOL.", 5)]
    [InlineData("La Policía Nacional y Europol detuvieron a tres hombres tras hallar 800 kilos de cocaína en un contenedor.", 3)]
    [InlineData("A Polícia Judiciária e a Marinha detiveram dois tripulantes depois de encontrarem 1,2 toneladas de haxixe.", 2)]
    [InlineData("La Douane sénégalaise et INTERPOL ont interpellé quatre personnes après la saisie de 3 000 litres de carburant.", 4)]
    public void AQuantitySeizedBesideTheArrestVerbCountsNoOne(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void AnAgeJoinedByAHyphenIsNoCount() =>
        Assert.Null(Arrests("The Kenya Police Service and INTERPOL arrested a 52-year-old woman at the border crossing in Busia."));

    [Fact]
    public void AYearsPenaltyIsADurationInPortuguese() =>
        Assert.Equal(3, Arrests("A PSP e a Guardia Civil detiveram três suspeitos, que arriscam pena de prisão até oito anos."));

    [Fact]
    public void PeopleChargedAreNoArrestsWhenTheReportDeniesAnyArrest() =>
        Assert.Null(Arrests("""
            The Vanuatu Police Force and the Australian Federal Police said two men have been charged with laundering.
            Neither man was taken into custody, and no arrests have been made.
            """));

    [Fact]
    public void PeopleChargedStillStandForArrestsToldWithoutACount() =>
        Assert.Equal(2, Arrests("""
            The Vanuatu Police Force and the Australian Federal Police said two men have been charged with laundering.
            Officers arrested the men at their offices in Port Vila.
            """));

    [Fact]
    public void NoOneArrestedElsewhereAddsNothing() =>
        Assert.Equal(4, Arrests("""
            The Ghana Police Service and INTERPOL said four men were arrested in Tema.
            Officers also searched a warehouse in Kumasi; no one was arrested there.
            """));

    [Fact]
    public void ServedArrestWarrantsAreTheArrestsWhenNoCountOfPeopleIsStated() =>
        Assert.Equal(9, Arrests("""
            A Polícia Federal e a Polícia Judiciária deflagraram a Operação Rede Curta.
            Foram cumpridos 7 mandados de prisão preventiva e 12 mandados de busca nos estados de Goiás e Tocantins.
            Durante as buscas, outras duas pessoas foram presas em flagrante.
            """));

    [Fact]
    public void EnglishArrestWarrantsExecutedAreTheArrests() =>
        Assert.Equal(6, Arrests("The NDLEA and the Nigeria Police Force executed 6 arrest warrants in Kano and Kaduna."));

    [Fact]
    public void AStatedCountOfPeopleArrestedWinsOverTheWarrants() =>
        Assert.Equal(5, Arrests("""
            A Polícia Federal e a Receita Federal cumpriram 18 mandados de busca e oito mandados de prisão temporária.
            Cinco pessoas foram presas; as outras três estão foragidas.
            """));

    [Theory]
    [InlineData("La Policía Nacional y Europol detuvieron a tres personas. Otras cuatro personas tienen orden de captura pendiente.", 3)]
    [InlineData("The Garda and the PSNI arrested three men. Two others are the subject of arrest warrants.", 3)]
    public void AWarrantNotYetServedAddsNoOne(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("Three suspects, two of them dock workers from Mombasa and one a clearing agent whom officers described as the group's \"fixer\", were arrested by the Kenya Revenue Authority and the Kenya Police Service.", 3)]
    [InlineData("Cinco presuntos miembros de una red dedicada a la venta de medicamentos falsificados en varias provincias han sido detenidos por la Guardia Civil y la Policía Nacional.", 5)]
    [InlineData("Deux employés d'une société de transit, soupçonnés d'avoir fait passer des armes dans des conteneurs de pièces détachées, ont été appréhendés par la Police nationale d'Haïti et la Douane.", 2)]
    [InlineData("Quatro pessoas, o dono de uma oficina, dois motoristas e um despachante que trabalhava no porto de Santos, foram presas pela Polícia Federal e pela Receita Federal.", 4)]
    public void ACountOpeningTheSentenceIsTheArrestsPastLongAsides(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void ASubjectWithAVerbOfItsOwnIsNotTheArrests() =>
        Assert.Equal(3, Arrests("Twelve migrants who had crossed the river near Kasumbalesa have been rescued by the Zambia Police Service and INTERPOL, and three smugglers were arrested."));

    [Theory]
    [InlineData("La DGSN et la DGST ont interpellé, mardi, neuf individus à Tanger.", 9)]
    [InlineData("The Nigeria Customs Service and the NDLEA detained, on Friday, six suspects at the Seme border.", 6)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron, el pasado lunes, a siete personas en Ceuta.", 7)]
    public void AShortAsideMayStandBetweenTheArrestVerbAndItsCount(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("Près d'une vingtaine de personnes ont été interpellées par la Police nationale d'Haïti et l'UCREF.", 20)]
    [InlineData("Una veintena de personas fueron detenidas por la Policía Nacional y la Guardia Civil.", 20)]
    [InlineData("Uma dezena de suspeitos foram presos pela Polícia Federal e pela Receita Federal.", 10)]
    public void AboutSoManyPeopleIsTheStatedNumber(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void DozensWithoutAnArticleStillCountNoOne() =>
        Assert.Null(Arrests("Dozens of suspects were arrested by the Ghana Police Service and INTERPOL."));

    [Fact]
    public void AnOrdinalAfterASingularAuxiliaryCountsThePeopleUpToIt() =>
        Assert.Equal(3, Arrests("Two men have been arrested in Perth by the Western Australia Police Force and a third has been arrested in Darwin by the Northern Territory Police."));

    [Fact]
    public void BelgianPoliceDeprivedOfLibertyIsAnArrest() =>
        Assert.Equal(7, Arrests("Sept personnes ont été privées de liberté par la Police judiciaire fédérale de Charleroi et la Police fédérale."));
    [Theory]
    [InlineData("The Kenya Police Service detained six smugglers in Busia. At the same time, Uganda Police Force officers detained two drivers in Tororo, while the Tanzania Police Force arrested a man in Mwanza.", 9)]
    [InlineData("The Ghana Police Service arrested four suspects in Tema. Separately, the Narcotics Control Commission arrested the alleged financier in Accra.", 5)]
    [InlineData("La Gendarmerie nationale a interpellé huit passeurs à Ziguinchor. Les autorités gambiennes ont de leur côté arrêté le commanditaire présumé à Banjul.", 9)]
    [InlineData("La Policía Nacional detuvo a seis personas en Vigo. Por separado, la Guardia Civil detuvo al cabecilla en Huelva.", 7)]
    public void OnePersonArrestedInAParallelAccountAddsOne(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void SeveralPeopleArrestedInAParallelAccountWithoutANumberAddNothing() =>
        Assert.Equal(4, Arrests("The Ghana Police Service arrested four suspects in Tema. Separately, the Narcotics Control Commission arrested the financiers in Accra."));

    [Fact]
    public void OnePersonArrestedOutsideAParallelAccountAddsNothing() =>
        Assert.Equal(4, Arrests("The Ghana Police Service and INTERPOL arrested four suspects in Tema. Officers arrested the alleged leader at his home in Accra."));

    [Fact]
    public void OnePersonListedBeforeTheCountIsOneMore() =>
        Assert.Equal(3, Arrests("The Anti-Corruption Commission and the Financial Intelligence Centre have arrested a senior procurement officer and two company directors."));

    [Fact]
    public void AListOpenedByOnePersonBeforeAPassiveCountsThatPerson() =>
        Assert.Equal(3, Arrests("The skipper and two crew members were arrested by the Malaysian Maritime Enforcement Agency and Bakamla."));

    [Fact]
    public void AListOpenedBySeveralPeopleIsStillNotCounted() =>
        Assert.Null(Arrests("The owners and two drivers were arrested by the Malaysian Maritime Enforcement Agency and Bakamla."));
    [Theory]
    [InlineData("O SIC e a AGT detiveram três estrangeiros no aeroporto. Foi ainda detido um cidadão angolano, elevando para quatro o número de detidos.", 4)]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a dos personas en Cádiz; otra detención en Huelva eleva a tres el número de detenidos.", 3)]
    [InlineData("La DGSN et la DGST ont interpellé cinq suspects; une sixième interpellation à Nador porte à six le nombre de personnes interpellées.", 6)]
    [InlineData("The NDLEA and the Nigeria Customs Service arrested two men at the port, and a third arrest in Ikeja brought the number of arrests to three.", 3)]
    public void TheNumberOfArrestsToldWithoutTheWordTotalIsTheTotal(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void TheNumberOfSomethingElseIsNoTotal() =>
        Assert.Equal(2, Arrests("A PJ e a Marinha detiveram dois tripulantes, elevando para nove o número de semissubmersíveis apreendidos este ano."));
    private const string NamedAfterItsFigure = """
        A Polícia Judiciária conduziu a Operação Maré Baixa com a Autoridade Tributária. Foram detidas nove pessoas em Setúbal.

        Mais a sul, militares da GNR intercetaram uma lancha no rio Guadiana com a Guardia Civil. Foram detidas três pessoas. Esta operação da GNR, batizada Barlavento, decorreu sob a direção do Ministério Público.
        """;

    private const string NamedWithoutReferringBack = """
        A Polícia Judiciária conduziu a Operação Maré Baixa com a Autoridade Tributária. Foram detidas nove pessoas em Setúbal.

        Mais a sul, militares da GNR intercetaram uma lancha no rio Guadiana com a Guardia Civil. Foram detidas três pessoas. Noutro caso, a GNR conduziu a Operação Barlavento com a Guardia Civil.
        """;

    [Fact]
    public void FiguresBeforeASentenceThatNamesALaterOperationReferringBackAreItsOwn()
    {
        var events = Extract(NamedAfterItsFigure).Events;

        Assert.Equal(3, Assert.Single(events, e => e.Name!.EndsWith("Barlavento", StringComparison.Ordinal)).Figures[FigureKeys.Arrests]);
        Assert.Equal(9, Assert.Single(events, e => e.Name!.EndsWith("Maré Baixa", StringComparison.Ordinal)).Figures[FigureKeys.Arrests]);
    }

    [Fact]
    public void ALaterOperationNamedWithoutReferringBackTakesNoFiguresBeforeIt() =>
        Assert.False(Assert.Single(Extract(NamedWithoutReferringBack).Events, e => e.Name!.EndsWith("Barlavento", StringComparison.Ordinal))
            .Figures.ContainsKey(FigureKeys.Arrests));
    [Theory]
    [InlineData("Unos 200 agentes de la Policía Nacional y de la Guardia Civil han detenido a 14 personas en Madrid.", 14)]
    [InlineData("Cerca de 150 policiais federais e servidores da Receita Federal prenderam 9 pessoas em Curitiba.", 9)]
    public void ALongSubjectOfAnActiveArrestVerbIsTheArrestingSide(string text, int arrests) => Assert.Equal(arrests, Arrests(text));
}
