using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Storage;

namespace Graph.Core.Tests.Ingestion;

public sealed class ReportTitleTests
{
    private static string TitleOf(ReportSubmission submission) =>
        ReportTitle.For(submission, ReportExtractor.Default.Extract(submission.Text));

    [Fact]
    public void AGivenTitleWins()
    {
        Assert.Equal("Harbour Light", TitleOf(new ReportSubmission("Europol met Spain.\nMore text.", Title: "Harbour Light")));
    }

    [Fact]
    public void WithoutATitleTheFirstLineIsUsedWithoutASampleFilesDateMarker()
    {
        var title = TitleOf(new ReportSubmission("date 2024-03-01 Police of Spain and Europol met\n\nThe rest."));

        Assert.DoesNotContain("2024-03-01", title);
        Assert.StartsWith("Police of Spain", title);
    }

    [Fact]
    public void ALongFirstLineIsCutToAHundredCharacters()
    {
        var title = TitleOf(new ReportSubmission(new string('x', 300) + "\nMore."));

        Assert.Equal(100, title.Length);
        Assert.EndsWith("...", title);
    }
}
