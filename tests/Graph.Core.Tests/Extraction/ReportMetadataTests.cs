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
