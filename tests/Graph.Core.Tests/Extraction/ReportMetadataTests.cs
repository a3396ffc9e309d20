using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

public sealed class ReportMetadataTests
{
    [Theory]
    [InlineData("date 2025-06-07 Europol said twenty people were arrested.", "2025-06-07")]
    [InlineData("Headline\ndate 2019-10-17\nThe NCA said...", "2019-10-17")]
    [InlineData("Headline\n  DATE\t2019-10-17\nThe NCA said...", "2019-10-17")]
    [InlineData("LYON, France, 12 March 2024 — INTERPOL announced the results.", "2024-03-12")]
    [InlineData("THE HAGUE, Netherlands, March 5, 2024 - Europol said...", "2024-03-05")]
    [InlineData("Police seize drugs\n4 July 2023\nOfficers in Spain...", "2023-07-04")]
    [InlineData("BRUSSELS, 2024-03-05 — Eurojust said...", "2024-03-05")]
    [InlineData("Police seize drugs\r\n4 July 2023\r\nOfficers in Spain...", "2023-07-04")]
    [InlineData("Lyon, France – 28 November 2023: INTERPOL operation nets 200 arrests.", "2023-11-28")]
    [InlineData("WASHINGTON, Oct. 4, 2023 /PRNewswire/ -- The DEA announced...", "2023-10-04")]
    [InlineData("2023-11-08 | Europol | Press release\nEuropol supported the Guardia Civil.", "2023-11-08")]
    [InlineData("LAGOS, 3 June 2025 (Maritime Desk) — Navies of four states boarded seven tankers.", "2025-06-03")]
    public void TheReportsOwnDateIsRead(string text, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Extract(text).Date);

    [Theory]
    [InlineData("ROTTERDAM, 21/08/2025 – Dutch customs found cocaine in a banana crate.", "2025-08-21")]
    [InlineData("Press office | 09.11.2024\nThe Federal Police of Germany said...", "2024-11-09")]
    [InlineData("Communiqué 30-01-2026\nThe police of Benin said...", "2026-01-30")]
    [InlineData("HOUSTON, 11/23/2024 — ATF agents served warrants.", "2024-11-23")]
    [InlineData("Statement of 02.05.2025\nFinnish customs seized pills.", "2025-05-02")]
    [InlineData("Seized ivory on display\n3rd February 2025\nKenya Wildlife Service rangers...", "2025-02-03")]
    [InlineData("DHAKA (Sept 8, 2025): Bangladesh Police said...", "2025-09-08")]
    [InlineData("Last updated 22nd July 2024, 09:15\nThe Gardaí arrested six.", "2024-07-22")]
    public void ADateInDigitsOrWithAnOrdinalOrAnAbbreviatedSeptemberIsRead(string text, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Extract(text).Date);

    [Theory]
    [InlineData("CHICAGO, 04/06/2025 – The police said that the men were arrested at their homes.")] // day or month first: both could be a month
    [InlineData("Bulletin 31/02/2025\nPolice said...")] // no such day
    [InlineData("Police said 1.5 tonnes were seized on 3.4.2025 in the port of Durban.")] // a story sentence, not a dateline
    public void ADigitDateThatCannotBeReadForSureGivesNull(string text) =>
        Assert.Null(Extract(text).Date);

    [Theory]
    [InlineData("Europol said that on 12 March 2024 officers searched 20 homes.")]
    [InlineData("Spanish and French officers work alongside Niger's police.\n\nIn 2017 the team was created.")]
    [InlineData("")]
    [InlineData("The mandate 2024-03-12 was renewed by Europol.")]
    [InlineData("Headline\nupdate 2024-03-12 of the list\nEuropol said.")]
    [InlineData("date 2024-03-123 Europol said.")]
    [InlineData("dated 2024-03-12 Europol said.")]
    public void NoStatedDateGivesNullNeverAGuess(string text) =>
        Assert.Null(Extract(text).Date);

    [Fact]
    public void AShortFirstLineIsTheTitle() =>
        Assert.Equal("Police dismantle a smuggling ring", Extract("Police dismantle a smuggling ring\n\nEuropol said ten people were held.").Title);

    [Theory]
    [InlineData("Europol said ten people were held.")]
    [InlineData("Europol said ten people were held.\nThe NCA agreed.")]
    [InlineData("date 2024-01-02\nEuropol said ten people were held.")]
    [InlineData("\n\n   \nEuropol said ten people were held.\n\n")]
    [InlineData("Published: 3 June 2023\nEuropol supported the Guardia Civil.")]
    [InlineData("March 3, 2022\n\nThe FBI said ten people were held.")]
    public void AFirstLineThatIsTheStoryOrTheMarkerIsNoTitle(string text) =>
        Assert.Null(Extract(text).Title);

    [Fact]
    public void BlankLinesBeforeTheHeadlineAreSkipped() =>
        Assert.Equal("Police dismantle a smuggling ring", Extract("\n  Police dismantle a smuggling ring  \n\nEuropol said ten people were held.").Title);

    [Fact]
    public void AnInvalidMarkerDateIsNull() =>
        Assert.Null(Extract("date 2024-02-31 Europol said.").Date);
}
