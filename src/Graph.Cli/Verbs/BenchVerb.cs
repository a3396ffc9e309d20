using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using Graph.Core.Extraction;
using Graph.Core.Extraction.Knowledge;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>bench [--mb N] [--seed S] [--corpus DIR] [--passes P]</c>: whole-pipeline extraction throughput on one core.
/// The corpus is either generated (default 12 MB: reports built from varied, entity-dense sentence
/// shapes and the real gazetteer) or the *.txt reports of DIR repeated until it reaches N MB, which
/// measures text as dense as real reports. Prints the median pass's MB/s and the ratio to the 20 MB/s target.
/// <c>--pgo on|off</c> (default on): whether the run has the runtime's dynamic PGO and concurrent collector, as the web
/// server does (the .NET defaults) or neither, as the other CLI verbs run (Graph.Cli.csproj turns both off for them).
/// </summary>
internal static class BenchVerb
{
    private const double TargetMegabytesPerSecond = 20;

    private static readonly string[] Shapes =
    [
        "Operation {op} was led by the {a1} in collaboration with {a2} and police from {c1}.",
        "{c1} and {c2} arrested {n} suspects after an investigation coordinated by {a1}.",
        "The {a1}, together with {a2}, searched {n} homes in {c1} on Tuesday.",
        "Authorities in {c1} said {n} people were detained, and {n2} victims were identified.",
        "Cocaine shipped from {c2} was seized by the {a1} in the port of {city}.",
        "According to {a2}, officers from {c1}, {c2} and {c3} exchanged intelligence during the action days.",
        "{d} police and {a1} investigators dismantled a network that laundered money through {c3}.",
        "In a {a1}-led operation, {n} arrests were made across {n2} countries.",
        "Officials said the suspects, two {d} nationals, had fled to {c2}.",
        "The weather in {city} was mild, and the court will sit again in the spring.",
    ];

    private const string PgoVariable = "DOTNET_TieredPGO";
    private const string ConcurrentGcVariable = "DOTNET_gcConcurrent";
    private const int MostWarmUpPasses = 12;

    public static int Run(string[] args)
    {
        // Dynamic PGO is fixed when the runtime starts, so a run that needs the other setting starts itself
        // again with the runtime's own variable set; the child finds the variable as asked and runs here.
        // With PGO on, the run also takes the server's concurrent collector (Graph.Cli.csproj turns it off for the CLI).
        var pgo = OptionText(args, "--pgo") ?? "on";
        Dictionary<string, string> runtime = pgo switch
        {
            "on" => new() { [PgoVariable] = "1", [ConcurrentGcVariable] = "1" },
            "off" => new() { [PgoVariable] = "0" },
            _ => throw new CliException("--pgo needs on or off"),
        };
        if (runtime.Any(v => Environment.GetEnvironmentVariable(v.Key) != v.Value))
        {
            return RunWith(runtime, args);
        }

        var megabytes = Option(args, "--mb", 12);
        var seed = Option(args, "--seed", 2025);
        var corpus = OptionText(args, "--corpus");
        var reports = corpus is null ? Generate(megabytes * 1024 * 1024, new Random(seed)) : Repeat(corpus, megabytes * 1024 * 1024);
        var bytes = reports.Sum(r => (long)Encoding.UTF8.GetByteCount(r));
        var extractor = ReportExtractor.Default;

        // Warm-up over the whole corpus, at least twice and until a pass compiles no method: loads the
        // knowledge and lets tiered JIT reach its final code (with dynamic PGO a hot method is compiled
        // twice more, instrumented and then optimised, and on a busy machine the background compiler
        // can lag a pass or more behind), so the timed passes measure the steady state a long-running
        // server sees.
        var warmUps = 0;
        long compiled;
        do
        {
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            foreach (var report in reports)
            {
                extractor.Extract(report);
            }

            warmUps++;
        }
        while (warmUps < MostWarmUpPasses && (warmUps < 2 || System.Runtime.JitInfo.GetCompiledMethodCount() != compiled));
        var settled = System.Runtime.JitInfo.GetCompiledMethodCount();

        var passes = new List<Pass>();
        for (var p = 0; p < Option(args, "--passes", 5); p++)
        {
            passes.Add(TimedPass(extractor, reports));
        }

        // The median pass: one pass can be slowed by a collection or another process.
        var median = passes.OrderBy(p => p.CpuSeconds).ElementAt(passes.Count / 2);
        var corpusMegabytes = bytes / 1024.0 / 1024.0;
        var rate = corpusMegabytes / median.Seconds;
        var cpuRate = corpusMegabytes / median.CpuSeconds;
        var c = CultureInfo.InvariantCulture;
        var source = corpus is null ? $"generated, seed {seed}" : $"{corpus} repeated";
        Console.WriteLine(string.Create(c, $"corpus      {reports.Count} reports, {corpusMegabytes:F1} MB ({source})"));
        Console.WriteLine(string.Create(c, $"runtime     dynamic PGO {pgo}, {(GCSettings.LatencyMode == GCLatencyMode.Batch ? "non-concurrent" : "concurrent")} collector; {warmUps} warm-up passes (until one compiled no method, at most {MostWarmUpPasses}), {System.Runtime.JitInfo.GetCompiledMethodCount() - settled} methods compiled during the timed passes"));
        Console.WriteLine(string.Create(c, $"time        median of {passes.Count} passes: {median.Seconds:F2} s wall, {median.CpuSeconds:F2} s CPU (process, GC included), one extracting thread; {median.Actors} actors found"));
        Console.WriteLine(string.Create(c, $"throughput  {rate:F1} MB/s wall   target {TargetMegabytesPerSecond:F0} MB/s   ratio {rate / TargetMegabytesPerSecond:F2}x"));

        // CPU time is what the work costs even when other processes share the cores.
        Console.WriteLine(string.Create(c, $"per core    {cpuRate:F1} MB/s of CPU time   ratio {cpuRate / TargetMegabytesPerSecond:F2}x   (passes {string.Join(" ", passes.Select(p => (corpusMegabytes / p.CpuSeconds).ToString("F1", c)))})"));
        Console.WriteLine(string.Create(c, $"allocated   {median.Allocated / (double)bytes:F1} bytes per input byte; GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F2} s, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (all passes)"));
        return 0;
    }

    /// <summary>Runs this command again in a child process with the runtime's variables set; its output is this run's.</summary>
    private static int RunWith(Dictionary<string, string> variables, string[] args)
    {
        var host = Environment.ProcessPath ?? throw new CliException("cannot find this program's path to start it again");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(BenchVerb).Assembly.Location); // run as `dotnet graph.dll`
        }

        start.ArgumentList.Add("bench");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (variable, value) in variables)
        {
            start.Environment[variable] = value;
        }

        using var child = Process.Start(start) ?? throw new CliException($"could not start {host}");
        child.WaitForExit();
        return child.ExitCode;
    }

    private static Pass TimedPass(ReportExtractor extractor, List<string> reports)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var actors = 0;
        foreach (var report in reports)
        {
            actors += extractor.Extract(report).Actors.Count;
        }

        clock.Stop();
        process.Refresh();
        return new Pass(clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpuBefore).TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, actors);
    }

    private readonly record struct Pass(double Seconds, double CpuSeconds, long Allocated, int Actors);

    private static List<string> Generate(long totalBytes, Random random)
    {
        var knowledge = ExtractionKnowledge.Default;
        var agencies = knowledge.Agencies.Values.ToArray();
        var countries = knowledge.Countries.Values.ToArray();
        string Agency() => random.Next(3) == 0 ? agencies[random.Next(agencies.Length)].Aliases.FirstOrDefault() ?? agencies[0].Name : agencies[random.Next(agencies.Length)].Name;
        string Country() => countries[random.Next(countries.Length)].Name;

        var reports = new List<string>();
        long size = 0;
        var builder = new StringBuilder();
        while (size < totalBytes)
        {
            builder.Clear();
            builder.Append("date 20").Append(random.Next(10, 26)).Append("-0").Append(random.Next(1, 10)).Append("-1").Append(random.Next(0, 10)).Append('\n');
            for (var s = random.Next(15, 40); s > 0; s--)
            {
                var shape = Shapes[random.Next(Shapes.Length)];
                builder.Append(shape
                    .Replace("{op}", "Tide " + random.Next(1, 99), StringComparison.Ordinal)
                    .Replace("{a1}", Agency(), StringComparison.Ordinal).Replace("{a2}", Agency(), StringComparison.Ordinal)
                    .Replace("{c1}", Country(), StringComparison.Ordinal).Replace("{c2}", Country(), StringComparison.Ordinal).Replace("{c3}", Country(), StringComparison.Ordinal)
                    .Replace("{d}", countries[random.Next(countries.Length)].Demonyms.FirstOrDefault() ?? "local", StringComparison.Ordinal)
                    .Replace("{n}", random.Next(2, 400).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{n2}", random.Next(2, 60).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{city}", "Port " + (char)('A' + random.Next(26)), StringComparison.Ordinal));
                builder.Append(random.Next(4) == 0 ? "\n\n" : " ");
            }

            reports.Add(builder.ToString());
            size += builder.Length;
        }

        return reports;
    }

    private static List<string> Repeat(string folder, long totalBytes)
    {
        var texts = ReportFiles.Expand([folder]).Select(ReportFiles.Read).ToList();
        if (texts.Count == 0)
        {
            throw new CliException($"no *.txt reports in {folder}");
        }

        var reports = new List<string>();
        long size = 0;
        for (var i = 0; size < totalBytes; i++)
        {
            // A varying suffix keeps each copy distinct, as real reports are.
            var text = texts[i % texts.Count] + $"\n\nCopy {i}.";
            reports.Add(text);
            size += text.Length;
        }

        return reports;
    }

    private static string? OptionText(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at < 0 ? null : at + 1 < args.Length ? args[at + 1] : throw new CliException($"{name} needs a value");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0)
        {
            return fallback;
        }

        return at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new CliException($"{name} needs a positive whole number");
    }
}
