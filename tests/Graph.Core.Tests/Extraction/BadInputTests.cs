using System.Diagnostics;
using Graph.Core.Extraction;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

public sealed class BadInputTests
{
    [Fact]
    public void EmptyAndBlankTextGiveAnEmptyExtraction()
    {
        Assert.Empty(Extract("").Actors);
        Assert.Empty(Extract(" \n\t\r\n ").Events);
    }

    [Fact]
    public void BinaryLookingTextIsReadWithoutFailing()
    {
        var random = new Random(7);
        var noise = new string([.. Enumerable.Range(0, 100_000).Select(_ => (char)random.Next(0, 0xD7FF))]);

        var extraction = Extract(noise);

        Assert.NotNull(extraction);
    }

    [Fact]
    public void ATenMegabyteSingleLineIsReadToTheEnd()
    {
        var line = string.Concat(Enumerable.Repeat("Europol worked with Spain and the FBI, ", 260_000));

        var extraction = Extract(line);

        Assert.True(line.Length > 10_000_000);
        Assert.Equal(["agency:europol", "agency:fbi", "country:ES", "country:US"], extraction.Actors.Select(a => a.Id).Order());
    }

    [Theory]
    [InlineData("date ", "1", 200_000)]
    [InlineData("", "1 ", 200_000)]
    [InlineData("Operation ", "Alpha ", 100_000)]
    [InlineData("", "Police of the ", 100_000)]
    [InlineData("", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-", 50_000)]
    public void TextBuiltToMakePatternsBacktrackFinishes(string prefix, string unit, int count)
    {
        var text = prefix + string.Concat(Enumerable.Repeat(unit, count)) + "!";
        var clock = Stopwatch.StartNew();

        Extract(text);

        // Generous bound: a backtracking blow-up would take minutes, not seconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void TextOverTheLimitIsRefusedWithAClearMessage()
    {
        var huge = new string('a', ReportExtractor.MaxTextLength + 1);

        var error = Assert.Throws<ArgumentException>(() => Extract(huge));

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }
}
