using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;
using Graph.Core.Export;
using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>bench-read --db FILE --fresh N</c>: where the time goes between a new report and the next default
/// picture. Stores N reports one by one (extracted and saved, as <c>POST /api/reports</c> does) and after
/// each draws the default picture twice: reading every node's tally and stored link totals and the kept
/// nodes' edges afresh, and from totals kept between pictures, corrected by re-reading only the nodes and
/// pairs the report touched (how the server reads). Prints each phase's
/// wall and CPU milliseconds and whether both routes drew the same picture. Writes into the database:
/// run it on a copy.
/// </summary>
internal static class BenchFreshVerb
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static int Run(IReportStore store, int reports)
    {
        var ingestor = new ReportIngestor(ReportExtractor.Default, store);
        var kept = new KeptLinkTotalsSet();
        var filter = NetworkFilter.None with { Weighting = EdgeWeighting.Operations };
        Console.WriteLine("a new report, then the default picture (actors, by operation); wall ms (CPU ms)");
        Cold(store, new TallyScope("operations:actors", TallyScope.All, TallyScope.All, TallyScope.All));
        var first = Draw(store, filter, kept);
        Console.WriteLine(string.Create(C, $"first picture, totals kept: {first.Describe()}  [{Refresh(kept)}]"));
        Console.WriteLine("step           save        read   metrics       map      json    brotli     total  route");
        for (var i = 0; i < reports; i++)
        {
            var save = Lap.Time(() => ingestor.Ingest(new ReportSubmission(Text(i))));
            var before = Draw(store, filter, null);
            var after = Draw(store, filter, kept);
            Print($"report {i + 1}", save, before, "reads every node");
            Print($"report {i + 1}", save, after, $"kept totals [{Refresh(kept)}]");
            Console.WriteLine(before.Json.SequenceEqual(after.Json) ? "  same picture from both routes" : "  THE ROUTES DIFFER");
        }

        return 0;
    }

    // A cold read of every node's totals, both ways (twice: the first pays the JIT), per node of the view.
    private static void Cold(IReportStore store, TallyScope scope)
    {
        if (store is not IPictureTallies tallies)
        {
            return;
        }

        for (var pass = 1; pass <= 2; pass++)
        {
            var sums = Lap.Time(() => tallies.ReadPictureTallies(scope, _ => []));
            var kept = new KeptLinkTotals(scope);
            var load = Lap.Time(() => tallies.ReadPictureTallies(scope, _ => [], kept));
            var nodes = Math.Max(1, kept.NodeCount);
            Console.WriteLine(string.Create(C,
                $"cold totals of {scope.Projection} ({kept.NodeCount:N0} nodes, {kept.EdgeCount:N0} edges), pass {pass}: stored link totals {sums} = {sums.Cpu * 1000 / nodes:F2} µs CPU per node; into kept totals {load} = {load.Cpu * 1000 / nodes:F2} µs CPU per node"));
        }
    }

    // The text the scale benchmark posts, made unique so each one is stored.
    private static string Text(int i) => string.Create(C,
        $"Operation Bench Harbour {DateTime.UtcNow.Ticks}{i} was led by the Guardia Civil with Europol and the Polícia Judiciária. Officers in Spain and Portugal arrested 12 people.");

    private static string Refresh(KeptLinkTotalsSet kept) => string.Join("; ", kept.Describe().Select(d => d.LastRefresh));

    private static Drawn Draw(IReportStore store, NetworkFilter filter, KeptLinkTotalsSet? kept)
    {
        var options = new PictureOptions();
        NetworkPicture? picture = null;
        var read = Lap.Time(() => picture = AggregatePicture.TryDraw(store, NetworkView.Actors, filter, options, 4000, always: false, kept)
            ?? throw new InvalidOperationException("The default view is small enough to be drawn whole; use a larger database."));
        NetworkAnalysis? analysis = null;
        var metrics = Lap.Time(() => analysis = NetworkAnalysis.Of(picture!.Shown));
        CytoscapeGraph? drawn = null;
        var map = Lap.Time(() => drawn = CytoscapeGraph.From(analysis!));
        byte[] json = [];
        var serialise = Lap.Time(() => json = JsonSerializer.SerializeToUtf8Bytes(new { drawn!.Nodes, drawn.Edges }, JsonSerializerOptions.Web));
        var compressed = 0L;
        var brotli = Lap.Time(() =>
        {
            using var sink = new MemoryStream();
            using (var br = new BrotliStream(sink, CompressionLevel.Fastest, leaveOpen: true))
            {
                br.Write(json);
            }

            compressed = sink.Length;
        });
        return new Drawn(read, metrics, map, serialise, brotli, json, compressed, picture!);
    }

    private static void Print(string step, Lap save, Drawn d, string route)
    {
        var total = save + d.Read + d.Metrics + d.Map + d.Serialise + d.Brotli;
        Console.WriteLine(string.Create(C,
            $"{step,-10} {save,11} {d.Read,11} {d.Metrics,9} {d.Map,9} {d.Serialise,9} {d.Brotli,9} {total,11}  {route}"));
    }

    private sealed record Drawn(Lap Read, Lap Metrics, Lap Map, Lap Serialise, Lap Brotli, byte[] Json, long Compressed, NetworkPicture Picture)
    {
        public string Describe() => string.Create(C,
            $"{Picture.Shown.NodeCount}/{Picture.Shown.EdgeCount} of {Picture.Picture?.TotalNodes}/{Picture.Picture?.TotalEdges}, {Json.Length / 1024} KB, {Compressed / 1024} KB Brotli; read {Read}");
    }

    /// <summary>Wall and process CPU milliseconds of one phase.</summary>
    private readonly record struct Lap(double Wall, double Cpu)
    {
        public static Lap Time(Action phase)
        {
            var (clock, cpu) = (Stopwatch.StartNew(), Environment.CpuUsage.TotalTime.TotalMilliseconds);
            phase();
            return new Lap(clock.Elapsed.TotalMilliseconds, Environment.CpuUsage.TotalTime.TotalMilliseconds - cpu);
        }

        public static Lap operator +(Lap a, Lap b) => new(a.Wall + b.Wall, a.Cpu + b.Cpu);

        public override string ToString() => string.Create(C, $"{Wall:F0} ({Cpu:F0})");
    }
}
