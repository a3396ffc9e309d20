using Graph.Core.Extraction;
using Graph.Core.Import;

namespace Graph.Core.Tests.Import;

public sealed class HtmlPageReaderTests
{
    [Fact]
    public void MenusCookieBannersSidebarsAndFootersNeverBecomeActors()
    {
        var item = Assert.Single(ImportFixtures.Read(ImportFormat.Html, "press-release.html"));
        var submission = item.Submission!;

        var extraction = ReportExtractor.Default.Extract(submission.Text);

        // The page's menu lists twenty countries, its banner three more, its sidebar another operation
        // with Brazil, Colombia and INTERPOL, its footer Belgium, Greece, Romania and the FBI.
        Assert.Equal(["agency:europol", "agency:guardia-civil", "agency:portugal-pj", "country:ES", "country:PT"],
            extraction.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
        var operation = Assert.Single(extraction.Events);
        Assert.Equal("Operation Blue Harbour", operation.Name);
        Assert.DoesNotContain("Silver Delta", submission.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", submission.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Luxembourg", submission.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleDateAndUrlComeFromThePagesMetadata()
    {
        var submission = Assert.Single(ImportFixtures.Read(ImportFormat.Html, "press-release.html")).Submission!;

        Assert.Equal("Harbour network dismantled in joint action", submission.Title);
        Assert.Equal(new DateOnly(2025, 4, 17), submission.Date);
        Assert.Equal("https://newsroom.example.org/news/harbour-network", submission.Url);
    }

    [Fact]
    public void DateFallsBackToJsonLdDatePublished()
    {
        var submission = Assert.Single(ImportFixtures.Read(ImportFormat.Html, "dated-by-json-ld.html")).Submission!;

        Assert.Equal(new DateOnly(2023, 11, 2), submission.Date);
        Assert.Equal("Fraud ring charged", submission.Title);
        Assert.Contains("Australian Federal Police", submission.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DateFallsBackToTimeElementAndThenToTheDateline()
    {
        const string Page = """
            <html><head><title>Raid</title></head><body><article>
            <p>Published <time datetime="2022-08-09">9 August</time></p>
            <p>The Hellenic Police arrested five suspects with support from Europol in a raid near the port of Piraeus.</p>
            </article></body></html>
            """;
        var timed = Assert.Single(ImportFixtures.ReadText(ImportFormat.Html, "raid.html", Page)).Submission!;
        Assert.Equal(new DateOnly(2022, 8, 9), timed.Date);

        const string Dateline = """
            <html><head><title>Raid</title></head><body><article>
            <p>THE HAGUE, 3 March 2021 – Europol supported the Hellenic Police in a raid near the port of Piraeus, where five suspects were arrested.</p>
            </article></body></html>
            """;
        var undated = Assert.Single(ImportFixtures.ReadText(ImportFormat.Html, "dateline.html", Dateline)).Submission!;
        Assert.Null(undated.Date);
        Assert.Equal(new DateOnly(2021, 3, 3), ReportExtractor.Default.Extract(undated.Text).Date);
    }
}
