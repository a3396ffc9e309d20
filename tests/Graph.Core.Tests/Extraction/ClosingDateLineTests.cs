using System.Globalization;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 28 (issue 13): a report whose top carries no date may close with one, as a place and a date ending a press
/// release or a page's publication line, in each language read. A date in a closing sentence (an earlier case, a hearing
/// ahead) is no such line and is left alone. The reports are written for these tests.
/// </summary>
public sealed class ClosingDateLineTests
{
    // The headline, then a story in its language long enough that the closing lines stand far from the report's top.
    private static DateOnly? DateOf(string headline, string closing) =>
        Extract($"{headline}\n\n{string.Join(". ", Enumerable.Repeat(headline, 20))}.\n\n{closing}\n").Date;

    [Theory]
    [InlineData("Officers of the customs service stopped the fuel smugglers on the coast and seized their boats", "Georgetown, 2 October 2026", "2026-10-02")]
    [InlineData("Officers of the customs service stopped the fuel smugglers on the coast and seized their boats", "Issued at Kingston on 14 October 2025\nPress Office", "2025-10-14")]
    [InlineData("Officers of the customs service stopped the fuel smugglers on the coast and seized their boats", "Published Thursday, May 7, 2026", "2026-05-07")]
    [InlineData("Officers of the customs service stopped the fuel smugglers on the coast and seized their boats", "Media contact: Press Office\nOctober 27, 2026", "2026-10-27")]
    [InlineData("Officers of the customs service stopped the fuel smugglers on the coast and seized their boats", "— Thursday, April 23, 2026", "2026-04-23")]
    [InlineData("Los agentes de la policía desarticulan una red de contrabando de combustible en la frontera", "Quito, 2 de julio de 2026.", "2026-07-02")]
    [InlineData("Los agentes de la policía desarticulan una red de contrabando de combustible en la frontera", "Publicado el 14 de mayo de 2026", "2026-05-14")]
    [InlineData("Os fiscais da pesca apresaram dois arrastões que pescavam sem licença no arquipélago", "Bissau, 21 de Outubro de 2025", "2025-10-21")]
    [InlineData("A polícia desarticulou uma quadrilha de golpes por telefone que agia no Recife e em Olinda", "Publicado em 10/03/2026 às 14h20", "2026-03-10")]
    [InlineData("Les gendarmes ont saisi des tortues dans une maison du sud et ont interpellé six personnes", "Publié le 18/03/2026 à 09h40", "2026-03-18")]
    [InlineData("Les gendarmes ont saisi des tortues dans une maison du sud et ont interpellé six personnes", "Alger, le 30 septembre 2025", "2025-09-30")]
    public void AClosingDateLineGivesTheReportsDate(string opening, string closing, string date) =>
        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), DateOf(opening, closing));

    [Theory]
    [InlineData("The five men will appear before the court on 3 March 2027.")]
    [InlineData("In 2023, customs seized 700 kilograms of cannabis in the same area.")]
    [InlineData("On 12 May 2024, a similar network was dismantled in the north.")]
    [InlineData("Trial: 3 March 2027")]
    public void ADateInAClosingSentenceIsNotTheReportsDate(string closing) =>
        Assert.Null(DateOf("Officers of the customs service stopped the fuel smugglers on the coast and seized their boats", closing));

    [Theory]
    [InlineData("Los agentes de la policía desarticulan una red de contrabando de combustible en la frontera", "El juicio comenzará el 3 de marzo de 2027.")]
    [InlineData("A polícia desarticulou uma quadrilha de golpes por telefone que agia no Recife e em Olinda", "Em 2023, a GNR tinha apreendido 700 quilos de haxixe na mesma zona.")]
    [InlineData("Les gendarmes ont saisi des tortues dans une maison du sud et ont interpellé six personnes", "Le procès s'ouvrira le 3 mars 2027 devant le tribunal correctionnel.")]
    [InlineData("Les gendarmes ont saisi des tortues dans une maison du sud et ont interpellé six personnes", "Audience : 3 mars 2027")]
    public void ADateInAClosingSentenceOfAnotherLanguageIsNotTheReportsDate(string headline, string closing) =>
        Assert.Null(DateOf(headline, closing));

    [Fact]
    public void TheOpeningDateIsKeptOverAClosingOne() =>
        Assert.Equal(new DateOnly(2026, 5, 4), DateOf("LIMA, 4 May 2026 — Police seized fuel.", "Lima, 12 May 2026"));

    [Fact]
    public void ABylineWithATimeWrittenWithAFullStopGivesTheDate() =>
        Assert.Equal(new DateOnly(2026, 11, 26), Extract("Eleven arrested in two operations\n\nPublished 26.11.2026 10.15\n\nThe police said.").Date);

    [Fact]
    public void AMonthFirstDatelineWithAnOrdinalGivesTheDate() =>
        Assert.Equal(new DateOnly(2026, 8, 14), Extract("Police Department\nPress Release\nBelmopan, Friday, August 14th, 2026\n\nSoldiers found an airstrip.").Date);

    [Theory]
    [InlineData("COMMUNIQUÉ\n\nDouze arrestations et 146 véhicules récupérés\n\n\n\nMontréal, le 28 mai 2025 — Le Service de police annonce douze arrestations.", "2025-05-28")]
    [InlineData("Segurança Pública\n\nOperação prende 13 pessoas\n\n\n\nManaus, 30 de abril de 2026 — A Operação Margem prendeu 13 pessoas.", "2026-04-30")]
    public void ADatelineUnderALetterheadAndAHeadlineGivesTheDate(string text, string date) =>
        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), Extract(text).Date);

    [Fact]
    public void AStorySentenceUnderTheHeadlineGivesNoDate() =>
        Assert.Null(Extract("COMMUNIQUÉ\n\nDouze arrestations\n\n\n\nLa police a arrêté douze personnes le 28 mai 2025 à Montréal et à Laval.").Date);
}
