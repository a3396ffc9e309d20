using Graph.Core.Import;

namespace Graph.Core.Tests.Import;

public sealed class FeedReaderTests
{
    [Fact]
    public void EachRssItemIsOneReportWithItsMarkupParsedAway()
    {
        var items = ImportFixtures.Read(ImportFormat.Feed, "newsroom.rss");

        Assert.Equal(3, items.Count);
        var first = items[0].Submission!;
        Assert.Equal("Extradition to Italy completed", first.Title);
        Assert.Equal("https://justice.example.org/news/extradition-italy", first.Url);
        Assert.Equal(new DateOnly(2025, 3, 4), first.Date);
        Assert.Contains("The Carabinieri received a suspect extradited from Argentina", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", first.Text, StringComparison.Ordinal);
        Assert.Equal("item 3", items[2].Place);
        Assert.Contains("neither content nor a description", items[2].Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void AtomEntriesTakeTheirContentLinkAndPublishedDate()
    {
        var entry = Assert.Single(ImportFixtures.Read(ImportFormat.Feed, "newsroom.atom")).Submission!;

        Assert.Equal("Cybercrime servers taken down", entry.Title);
        Assert.Equal("https://police.example.org/cyber-servers", entry.Url);
        Assert.Equal(new DateOnly(2025, 4, 30), entry.Date);
        Assert.Contains("took down servers in Moldova", entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFeedDeclaringAnExternalEntityIsRefusedWithoutReadingTheFile()
    {
        var items = ImportFixtures.Read(ImportFormat.Feed, "xxe.rss");

        var refused = Assert.Single(items);
        Assert.Null(refused.Submission);
        Assert.Contains("DTD", refused.Refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", refused.Refusal, StringComparison.Ordinal);
    }
}
