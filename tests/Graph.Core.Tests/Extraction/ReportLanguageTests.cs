using System.Globalization;
using Graph.Core.Extraction;
using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

public sealed class ReportLanguageTests
{
    [Theory]
    [InlineData("La Guardia Civil ha detenido a seis personas en Cádiz en una operación contra el tráfico de hachís.", "es")]
    [InlineData("A Polícia Federal deflagrou nesta quarta-feira uma operação contra o tráfico de animais silvestres.", "pt")]
    [InlineData("Seize personnes ont été interpellées mardi en Normandie dans le cadre d'une enquête sur un trafic de cocaïne.", "fr")]
    [InlineData("Europol supported the Spanish National Police in an operation against migrant smuggling.", "en")]
    public void AReportsLanguageIsDetected(string text, string language) =>
        Assert.Equal(language, Extract(text).Language);

    [Fact]
    public void AStatedLanguageOverridesDetection() =>
        Assert.Equal("pt", ((IReportExtractor)ReportExtractor.Default).Extract("La Guardia Civil ha detenido a seis personas.", "pt").Language);

    [Fact]
    public void AnUnknownLanguageIsRefused() =>
        Assert.Throws<ArgumentException>(() => ((IReportExtractor)ReportExtractor.Default).Extract("Europol said.", "de"));

    [Theory]
    [InlineData("Algeciras (Cádiz), 7 de junio de 2022.– La Guardia Civil ha desmantelado una red.", "2022-06-07")]
    [InlineData("Maputo, 2 de Agosto de 2022 (Lusa) – O SERNIC deteve nove pessoas.", "2022-08-02")]
    [InlineData("Paris, le 30 novembre 2022 – Trente-neuf personnes ont été interpellées.", "2022-11-30")]
    [InlineData("Publicado em 16/03/2023 10h42\nA Polícia Federal prendeu dezenove pessoas.", "2023-03-16")]
    [InlineData("Lisboa, 5 de jan. de 2023 – A Polícia Judiciária deteve quatro pessoas.", "2023-01-05")]
    [InlineData("Lisboa, 5 mai de 2023 – A Polícia Judiciária deteve quatro pessoas.", "2023-05-05")]
    [InlineData("Lisboa, 5 mar abr 2023 – A Polícia Judiciária deteve quatro pessoas.", "2023-04-05")] // two short words: the first links
    [InlineData("Lisboa, 31 de fevereiro de 2023 – 7 de março de 2023: a Polícia Judiciária deteve quatro pessoas.", null)] // the first date is read or none
    [InlineData("Paris, le 1er mars 2024 – Trente-neuf personnes ont été interpellées.", "2024-03-01")]
    public void ADatelineIsReadByItsLanguagesConvention(string text, string? date) =>
        Assert.Equal(date is null ? null : DateOnly.Parse(date, CultureInfo.InvariantCulture), Extract(text).Date);

    [Fact]
    public void ANumericDateInAnEnglishReportIsNotReadDayFirst() =>
        Assert.Null(Extract("05/10/2022\nEuropol supported the Spanish National Police in an operation against smugglers.").Date);

    [Fact]
    public void AFrenchOperationAfterAnElidedArticleKeepsItsWord() =>
        Assert.Equal("Opération Miroir", SingleEvent("Dans le cadre de l'opération Miroir, menée par la douane française, 47 personnes ont été arrêtées.").Name);

    [Theory]
    [InlineData("Quatre-vingt-sept personnes ont été interpellées en France dans le cadre de l'opération Plantation.", 87)]
    [InlineData("La Operación Alcaraván, liderada por la Guardia Civil, se ha saldado con veintisiete detenidos.", 27)]
    [InlineData("A Operação Ceifa, coordenada pela Guarda Nacional Republicana, terminou com treze detidos.", 13)]
    public void NumberWordsOfEachLanguageAreArrestFigures(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures[FigureKeys.Arrests]);

    [Theory]
    [InlineData("La Operación Alcaraván, liderada por la Guardia Civil, contó con el apoyo de Europol.", "agency:guardia-civil")]
    [InlineData("A Operação Ceifa, coordenada pela Guarda Nacional Republicana, contou com o apoio da Europol.", "agency:portugal-gnr")]
    [InlineData("L'opération Baobab, coordonnée par AFRIPOL, avec le soutien d'INTERPOL, a visé des réseaux.", "agency:afripol")]
    public void ALeadIsReadFromTheLanguagesCuePhrases(string text, string lead) =>
        Assert.Equal([lead], SingleEvent(text).LeadIds);

    [Fact]
    public void AnAgencyNamedInFrenchAndInEnglishIsOneActor()
    {
        var french = ActorIds("Les Douanes françaises ont saisi des articles contrefaits avec Europol.");
        var english = ActorIds("French Customs seized counterfeit goods with Europol.");
        Assert.Contains("agency:french-customs", french);
        Assert.Contains("agency:french-customs", english);
    }

    [Theory]
    [InlineData("Fueron detenidos dos ciudadanos franceses y tres marroquíes.", new[] { "country:FR", "country:MA" })]
    [InlineData("Entre os detidos estão duas brasileiras e um cabo-verdiano.", new[] { "country:BR", "country:CV" })]
    [InlineData("Parmi les interpellés figurent des ressortissants maliens et une Nigérienne.", new[] { "country:ML", "country:NE" })]
    public void DemonymsInEveryGenderAndNumberNameTheirCountry(string text, string[] countries)
    {
        var found = ActorIds(text);
        Assert.All(countries, c => Assert.Contains(c, found));
    }

    [Theory]
    [InlineData("La investigación se extendió a los Estados Unidos.", "country:US")]
    [InlineData("A droga seguia do Brasil para Portugal.", "country:BR")]
    [InlineData("Des perquisitions ont eu lieu aux Pays-Bas.", "country:NL")]
    public void CountryNamesAfterArticlesAndContractionsAreFound(string text, string country) =>
        Assert.Contains(country, ActorIds(text));
}
