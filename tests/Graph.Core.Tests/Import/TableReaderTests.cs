using Graph.Core.Import;

namespace Graph.Core.Tests.Import;

public sealed class TableReaderTests
{
    [Fact]
    public void CsvColumnsAreFoundWhateverTheirCaseAndBadRowsAreRefusedAlone()
    {
        var items = ImportFixtures.Read(ImportFormat.Csv, "reports.csv");

        Assert.Equal(3, items.Count);
        var port = items[0].Submission!;
        Assert.Equal("Port seizure", port.Title);
        Assert.Equal(new DateOnly(2024, 6, 1), port.Date);
        Assert.Equal("https://news.example.org/antwerp", port.Url);
        Assert.StartsWith("The Belgian Federal Police", port.Text, StringComparison.Ordinal);
        Assert.Equal(("line 3", "the date 'next tuesday' is not a date (write YYYY-MM-DD)."), (items[1].Place, items[1].Refusal));
        Assert.Equal("Fraud, \"quoted\"", items[2].Submission!.Title);
        Assert.Null(items[2].Submission!.Url);
    }

    [Fact]
    public void ATableWithoutTextColumnIsOneErrorNamingTheColumnsFound()
    {
        var refused = Assert.Single(ImportFixtures.Read(ImportFormat.Csv, "no-text.csv"));

        Assert.Equal("", refused.Place);
        Assert.Equal("the table has no 'text' column; its columns are: 'headline', 'body', 'published'.", refused.Refusal);
    }

    [Fact]
    public void JsonLinesGiveOneReportPerObjectAndRefuseBadLinesWithTheirNumber()
    {
        var items = ImportFixtures.Read(ImportFormat.Jsonl, "reports.jsonl");

        Assert.Equal(4, items.Count);
        Assert.Equal("Fentanyl case", items[0].Submission!.Title);
        Assert.Equal(("line 2", "the object has no 'text' field; its fields are: 'headline', 'body'."), (items[1].Place, items[1].Refusal));
        Assert.Equal("line 3", items[2].Place);
        Assert.StartsWith("not valid JSON", items[2].Refusal, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 3, 9), items[3].Submission!.Date);
    }

    [Fact]
    public void AJsonArrayGivesOneReportPerElement()
    {
        var items = ImportFixtures.ReadText(ImportFormat.Jsonl, "reports.json",
            """[{"text": "Europol helped Spain.", "url": "ftp://x"}, {"TEXT": "Eurojust helped Italy.", "Title": "Italy"}]""");

        Assert.Equal("the url 'ftp://x' is not an absolute http(s) URL.", items[0].Refusal);
        Assert.Equal("Italy", items[1].Submission!.Title);
    }
}
