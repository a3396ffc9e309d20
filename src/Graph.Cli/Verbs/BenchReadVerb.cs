using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;
using Graph.Core.Export;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;
using Graph.Core.Vocabulary;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>bench-read --db FILE|CONNECTION</c>: where a cold /api/graph goes, phase by phase, for the default
/// picture of each tallied view and weighting: the whole view read from the tallies, merged and assembled,
/// then cut, analysed, mapped and serialised; beside it the picture read from the tallies' totals (only
/// the kept nodes' edges). Prints the process's CPU milliseconds per phase (on a shared machine wall time
/// says more about the neighbours), the wall time of the whole, the bytes allocated (every thread), and peak memory; with each picture its totals, its
/// body's size and the start of the body's SHA-256, so that two builds can be seen to draw the same. Two passes: the first
/// pays the JIT, as a server's first request does. <c>--fresh N</c> times a new report's way into the
/// next picture instead (<see cref="BenchFreshVerb"/>; it writes into the database). <c>--from D --to D</c>
/// times the pictures of that date range instead of all time (cut ends recounted from their days' events).
/// </summary>
internal static class BenchReadVerb
{
    private static readonly (NetworkView View, EdgeWeighting Weighting)[] Views =
    [
        (NetworkView.Actors, EdgeWeighting.Operations), (NetworkView.Countries, EdgeWeighting.Operations),
        (NetworkView.Agencies, EdgeWeighting.Operations), (NetworkView.Actors, EdgeWeighting.Newman),
    ];

    public static int Run(string[] args)
    {
        var options = VerbOptions.Parse(args, ["db", "whole", "fresh", "from", "to"],
            "usage: graph bench-read --db FILE|CONNECTION [--whole yes|no] [--fresh N] [--from yyyy-MM-dd --to yyyy-MM-dd]");
        var db = options.GetValueOrDefault("db") ?? throw new CliException("--db FILE is required (make one with graph bench-import)");
        var whole = options.GetValueOrDefault("whole") != "no";
        var store = NetworkArguments.OpenStore(db);
        if (options.GetValueOrDefault("fresh") is { } fresh)
        {
            return int.TryParse(fresh, NumberStyles.None, CultureInfo.InvariantCulture, out var reports) && reports is > 0 and <= 100
                ? BenchFreshVerb.Run(store, reports)
                : throw new CliException($"--fresh takes a number of reports from 1 to 100, not '{fresh}'");
        }

        var (from, to) = (Day(options, "from"), Day(options, "to"));
        var c = CultureInfo.InvariantCulture;
        var dated = from is null && to is null ? "all time" : $"dated {Text(from)} to {Text(to)}";
        Console.WriteLine(string.Create(c, $"store version {store.Version()}; {dated}; default picture (300 nodes, backbone α = 0.05); CPU milliseconds per phase, then wall"));
        for (var pass = 1; pass <= 2; pass++)
        {
            Console.WriteLine(pass == 1 ? "pass 1 (pays the JIT)" : "pass 2");
            Console.WriteLine("view        weighting   route   read   build    cut  metrics   map  json  cpu_all  wall  alloc_mb  nodes/edges shown of total");
            // Newman's weighting of a date range has no tallied route (every view is built whole): left out of a range's timing.
            foreach (var (view, weighting) in Views.Where(v => (from is null && to is null) || v.Weighting != EdgeWeighting.Newman))
            {
                var filter = NetworkFilter.None with { Weighting = weighting, From = from, To = to };
                Print(view, weighting, "totals", Totals(store, view, filter));
                if (whole)
                {
                    Print(view, weighting, "whole", Whole(store, view, filter));
                }
            }
        }

        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(c,
            $"process CPU {self.UserProcessorTime.TotalSeconds:F1} s user + {self.PrivilegedProcessorTime.TotalSeconds:F1} s system, peak memory {self.PeakWorkingSet64 / 1048576.0:F0} MB"));
        return 0;
    }

    private static DateOnly? Day(Dictionary<string, string> options, string name) =>
        options.GetValueOrDefault(name) is not { } text ? null
            : IsoDate.TryParse(text, out var day) ? day
            : throw new CliException($"--{name} takes a date as yyyy-MM-dd, not '{text}'");

    private static string Text(DateOnly? day) => day is { } d ? IsoDate.Format(d) : "…";

    private static Phases Totals(IReportStore store, NetworkView view, NetworkFilter filter)
    {
        var (wall, start, allocated) = (Stopwatch.StartNew(), Cpu(), GC.GetTotalAllocatedBytes(true));
        var picture = AggregatePicture.TryDraw(store, view, filter, new PictureOptions(), 4000, always: false)
            ?? NetworkPicture.Of(AggregateNetworkBuilder.Build(store, view, filter), new PictureOptions(), 4000);
        return Finish(picture, Cpu() - start, 0, 0, start, wall, allocated);
    }

    private static Phases Whole(IReportStore store, NetworkView view, NetworkFilter filter)
    {
        var (wall, start, allocated) = (Stopwatch.StartNew(), Cpu(), GC.GetTotalAllocatedBytes(true));
        var network = AggregateNetworkBuilder.Build(store, view, filter);
        var built = Cpu();
        var picture = NetworkPicture.Of(network, new PictureOptions(), 4000);
        return Finish(picture, 0, built - start, Cpu() - built, start, wall, allocated);
    }

    private static Phases Finish(NetworkPicture picture, double read, double build, double cut, double start, Stopwatch wall, long allocated)
    {
        var mark = Cpu();
        var analysis = NetworkAnalysis.Of(picture.Shown);
        var metrics = Cpu() - mark;
        mark = Cpu();
        var drawn = CytoscapeGraph.From(analysis);
        var map = Cpu() - mark;
        mark = Cpu();
        var body = JsonSerializer.SerializeToUtf8Bytes(new { drawn.Nodes, drawn.Edges }, JsonSerializerOptions.Web);
        var json = Cpu() - mark;
        // The start of the body's SHA-256 (taken after the timing): two builds that should draw the same picture can be seen to.
        var digest = Convert.ToHexStringLower(SHA256.HashData(body))[..12];
        var shown = string.Create(CultureInfo.InvariantCulture,
            $"{picture.Shown.NodeCount}/{picture.Shown.EdgeCount} of {picture.Picture?.TotalNodes ?? picture.Shown.NodeCount}/{picture.Picture?.TotalEdges ?? picture.Shown.EdgeCount} ({body.Length / 1024} KB, {digest})");
        var megabytes = (GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0;
        return new Phases(read, build, cut, metrics, map, json, Cpu() - start, wall.Elapsed.TotalMilliseconds, megabytes, shown);
    }

    // The whole process's CPU time (user + system, all threads: garbage collection and the JIT included), in milliseconds.
    private static double Cpu() => Environment.CpuUsage.TotalTime.TotalMilliseconds;

    private static void Print(NetworkView view, EdgeWeighting weighting, string route, Phases p) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ExportNames.Of(view),-11} {weighting.ToString().ToLowerInvariant(),-11} {route,-6} {p.Read,6:F0} {p.Build,6:F0} {p.Cut,6:F0} {p.Metrics,7:F0} {p.Map,5:F0} {p.Json,5:F0} {p.Cpu,8:F0} {p.Wall,6:F0} {p.Allocated,9:F0}  {p.Shown}"));

    private sealed record Phases(double Read, double Build, double Cut, double Metrics, double Map, double Json, double Cpu, double Wall, double Allocated, string Shown);
}
