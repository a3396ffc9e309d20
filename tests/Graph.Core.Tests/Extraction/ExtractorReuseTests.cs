using System.Text.Json;
using Graph.Core.Extraction;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// The extractor reuses its token buffers from one report to the next on a thread; nothing of one
/// report may leak into another, whatever the order or the number of threads.
/// </summary>
public sealed class ExtractorReuseTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Extraction", "Fixtures");

    private static readonly string[] Reports =
    [
        .. Directory.GetFiles(Folder, "*.txt").Order().Select(File.ReadAllText),
        "date 2024-03-12\nOperation Vibora was led by the Spanish National Police with INTERPOL and Europol, and 20 people were arrested.",
        "Kenya's Directorate of Criminal Investigations and the Ghana Police Service arrested seven suspects.",
        "",
    ];

    [Fact]
    public void AReportReadAfterOthersGivesWhatItGaveFirst()
    {
        var first = Reports.Select(Snapshot).ToList();

        // A long report grows the buffers; the others then run, in reverse, in what it left behind.
        Snapshot(string.Join("\n\n", Reports));
        var again = Reports.Reverse().Select(Snapshot).Reverse().ToList();

        Assert.Equal(first, again);
    }

    [Fact]
    public void ReportsReadOnManyThreadsAtOnceGiveWhatOneThreadGives()
    {
        var expected = Reports.Select(Snapshot).ToList();
        var work = Enumerable.Range(0, 40).SelectMany(_ => Enumerable.Range(0, Reports.Length)).ToList();

        var results = new string[work.Count];
        Parallel.For(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = Snapshot(Reports[work[i]]));

        Assert.All(work.Select((report, i) => (report, i)), w => Assert.Equal(expected[w.report], results[w.i]));
    }

    /// <summary>Everything an extraction holds, as text that compares by value.</summary>
    private static string Snapshot(string text) => JsonSerializer.Serialize(ReportExtractor.Default.Extract(text));
}
