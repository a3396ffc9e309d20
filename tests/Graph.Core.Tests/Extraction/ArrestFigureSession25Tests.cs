using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 25: a subject opening after a wire's dateline, people listed before the counted ones, warrants in the
/// plural, and people charged or still sought beside those arrested, in the four languages.
/// </summary>
public sealed class ArrestFigureSession25Tests
{
    private static int? Arrests(string text) =>
        SingleEvent(text).Figures.TryGetValue(FigureKeys.Arrests, out var arrests) ? arrests : null;

    [Theory]
    [InlineData("Dakar, 3 mars 2026 (APS) – Douze personnes soupçonnées de faire passer des migrants vers les îles Canaries depuis la côte de la Petite-Côte ont été interpellées par la Gendarmerie nationale et la Police nationale.", 12)]
    [InlineData("NAIROBI, 9 May 2026 — Seven men accused of running a network that moved stolen cars from Nairobi to buyers across the border in Uganda and Tanzania were arrested by the Kenya Police Service and INTERPOL.", 7)]
    [InlineData("Lima, 2 de junio de 2026 – Ocho personas vinculadas a una red que enviaba madera talada sin permiso desde la región de Ucayali hasta los puertos del norte fueron detenidas por la Policía Nacional y la Fiscalía.", 8)]
    [InlineData("Maputo, 14 de abril de 2026 – Seis indivíduos suspeitos de pertencerem a uma rede que levava marfim da província do Niassa até ao porto de Nacala foram detidos pelo SERNIC e pela PRM.", 6)]
    public void ACountOpeningTheSentenceAfterItsDatelineIsTheArrests(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void AWordAfterADashInsideTheSentenceStillOpensNoSubject() =>
        Assert.Null(Arrests("The Kenya Police Service and INTERPOL searched a warehouse in Mombasa – officers said later that they had found eleven crates of ivory that smugglers had hidden behind tea, and seized them."));

    [Theory]
    [InlineData("Five Kenyan and three Ugandan nationals were detained by the Kenya Police Service and the Uganda Police Force.", 8)]
    [InlineData("Three citizens of Moldova, including a customs officer and a lorry driver, were arrested by the Romanian Border Police and the Moldovan Border Police.", 3)]
    public void PeopleListedBeforeTheCountShareItsArrestVerb(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void ThingsListedBeforeTheCountAreNoPeople() =>
        Assert.Equal(2, Arrests("Three lorries and two drivers were detained by the Kenya Police Service and the Uganda Police Force at the border."));

    [Theory]
    [InlineData("The Garda and the PSNI arrested five men. Officers have obtained arrest warrants for two more people, who are believed to be in Spain.", 5)]
    [InlineData("La Gendarmerie nationale et la Police nationale ont interpellé quatre passeurs. Des mandats d'arrêt ont été délivrés contre deux autres suspects, en fuite.", 4)]
    public void PeopleSoughtUnderWarrantsAddNoArrests(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void ArrestWarrantsExecutedInThePluralAreTheArrests() =>
        Assert.Equal(4, Arrests("The Federal Police and the Paraguayan National Police executed 4 preventive arrest warrants in Asunción."));

    [Theory]
    [InlineData("A GNR e a PJ detiveram três homens, com 30 e 45 anos, e foram constituídos arguidos outros dois suspeitos.", 3)]
    [InlineData("La Guardia Civil y la Policía Nacional detuvieron a cuatro personas y se imputó a otras dos en Sevilla.", 4)]
    public void PeopleChargedBesideThoseArrestedAddNoArrests(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("A GNR e a PJ detiveram três homens e outros dois suspeitos em Braga.", 5)]
    [InlineData("La Gendarmerie nationale et la Police nationale ont interpellé quatre passeurs à Ziguinchor. Deux autres ont été arrêtés à Kolda.", 6)]
    public void OthersArrestedStillAddToTheCount(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("HSI special agents and DPS officers arrested Okonkwo and three co-defendants at a warehouse in Laredo.", 4)]
    [InlineData("La Gendarmerie nationale et la Police nationale ont interpellé Moussa Diallo et deux complices à Thiès.", 3)]
    [InlineData("A Polícia Federal e a Receita Federal detiveram Carlos Mendes e dois cúmplices em Santos.", 3)]
    public void ANamedPersonArrestedBeforeACountIsOneMore(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void APlaceAfterTheArrestVerbIsNoPersonArrested() =>
        Assert.Equal(6, Arrests("The Uganda Police Force and INTERPOL arrested four men in Kampala and two in Entebbe."));
}
