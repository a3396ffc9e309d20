using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Graph.Core.Extraction;
using Graph.Core.Import;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Core.Storage.Relational;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>bench-import --reports N [--seed S] [--batch B] [--from K] [--count C] [--links-at-end] [--db FILE|CONNECTION]</c>: generates N reports
/// with a Zipf-like skew (<see cref="SkewedReports"/>), extracts them on every core and stores them B
/// to a transaction through the store's batched write (the same per-report routine, tallies
/// included), then prints the ingest rate and the database size. The scale benchmark
/// (<c>scripts/bench-scale.sh</c>) runs it before starting the server on the result. <c>--from K</c>
/// and <c>--count C</c> store only reports K to K + C - 1 of the N: how a write change is measured on a
/// store that already holds the first K (a copy of an earlier run's database) without importing them again.
/// </summary>
internal static class BenchImportVerb
{
    public static int Run(string[] args)
    {
        var count = Number(args, "--reports", 100_000);
        var seed = Number(args, "--seed", 2026);
        var linksAtEnd = args.Contains("--links-at-end");
        var batch = Number(args, "--batch", linksAtEnd ? ImportOptions.BulkBatchSize : new ImportOptions().BatchSize);
        var from = Number(args, "--from", 0);
        var end = Math.Min(count, from + Number(args, "--count", count));
        var db = Option(args, "--db") ?? throw new CliException("--db FILE (SQLite) or --db \"Host=...\" (PostgreSQL) is required");
        var connectionString = StoreLocator.ConnectionString(db);
        var store = StoreLocator.OpenForImport(connectionString) as RelationalReportStore ?? throw new CliException("the store does not write in batches");
        store.KeptLoneEvents = RelationalReportStore.ImportLoneEvents;
        store.LinksAtEnd = linksAtEnd;
        var generator = new SkewedReports(count, seed);
        var extractor = ReportExtractor.Default;
        var batches = new BlockingCollection<(int Start, List<(ReportSubmission, ReportExtraction)> Items)>(boundedCapacity: 8);
        var clock = Stopwatch.StartNew();
        var next = from - 1;
        long extracting = 0;
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(() =>
        {
            for (var start = Interlocked.Add(ref next, batch) - batch + 1; start < end; start = Interlocked.Add(ref next, batch) - batch + 1)
            {
                var items = new List<(ReportSubmission, ReportExtraction)>(batch);
                for (var n = start; n < Math.Min(start + batch, end); n++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var text = generator.Report(n, seed);
                    items.Add((new ReportSubmission(text), extractor.Extract(text)));
                    Interlocked.Add(ref extracting, Stopwatch.GetTimestamp() - started);
                }

                batches.Add((start, items));
            }
        })).ToArray();
        Task.WhenAll(workers).ContinueWith(_ => batches.CompleteAdding(), TaskScheduler.Default);

        var stored = 0;
        var lastPrint = 0.0;

        // Batches are stored in the order of their reports whichever thread extracted them first, so two runs
        // of one seed and batch size write the same reports in the same order (the same ids and first keys).
        var waiting = new Dictionary<int, List<(ReportSubmission, ReportExtraction)>>();
        var due = from;
        foreach (var (start, extracted) in batches.GetConsumingEnumerable())
        {
            waiting[start] = extracted;
            for (; waiting.Remove(due, out var items); due += batch)
            {
                stored += store.SaveBatch(items).Count(r => r.Saved?.Created == true);
            }

            if (clock.Elapsed.TotalSeconds - lastPrint >= 30)
            {
                lastPrint = clock.Elapsed.TotalSeconds;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stored} reports stored, {stored / lastPrint:F0}/s"));
            }
        }

        Task.WaitAll(workers);
        var linking = clock.Elapsed.TotalSeconds;
        var linkingCpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var linked = store.LinksAtEnd ? store.LinkPending() : 0;
        linking = clock.Elapsed.TotalSeconds - linking;
        linkingCpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - linkingCpu;
        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = DatabaseBytes(connectionString);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"generated   {end - from} reports ({from} to {end - 1} of {count}), seed {seed}, {generator.PoolSize} actors in the Zipf pool"));
        Console.WriteLine(string.Create(c, $"ingest      {stored} stored in {seconds:F0} s = {stored / seconds:F0} reports/s ({batch} per transaction, {Environment.ProcessorCount} extracting threads)"));
        if (store.LinksAtEnd)
        {
            Console.WriteLine(string.Create(c, $"linked      {linked} events at the end in {linking:F1} s, {linkingCpu:F1} s of CPU (included above)"));
        }

        Console.WriteLine(string.Create(c, $"database    {bytes / 1048576.0:F0} MB = {bytes / (double)Math.Max(1, stored) / 1024:F2} KB per report"));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        Console.WriteLine(string.Create(c, $"cpu         {cpu:F0} s in this process = {stored / cpu:F0} reports per CPU-second"));
        var gc = GCSettings.IsServerGC ? "server" : GCSettings.LatencyMode == GCLatencyMode.Batch ? "workstation, non-concurrent" : "workstation, concurrent";
        Console.WriteLine(string.Create(c, $"gc          {gc}: {GC.CollectionCount(0)} collections, {GC.CollectionCount(1)} of gen 1, {GC.CollectionCount(2)} of gen 2; paused {GC.GetTotalPauseDuration().TotalSeconds:F1} s; {GC.GetTotalAllocatedBytes() / 1073741824.0:F1} GB allocated"));
        Console.WriteLine(string.Create(c, $"phases      generating and extracting {Stopwatch.GetElapsedTime(0, extracting).TotalSeconds:F1} s (summed over threads)"));
        foreach (var (phase, time) in WriteProfile.Totals())
        {
            Console.WriteLine(string.Create(c, $"            {phase,-12} {time.TotalSeconds,8:F1} s {time.TotalMilliseconds / Math.Max(1, stored),8:F3} ms/report"));
        }

        Console.WriteLine("joins       " + string.Join(", ", WriteProfile.Joins().Select(j => string.Create(c, $"{j.Path} {j.Joins}"))));

        return 0;
    }

    private static long DatabaseBytes(string connectionString)
    {
        if (ReportStores.IsPostgres(connectionString, null))
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
            return (long)command.ExecuteScalar()!;
        }

        SqliteConnection.ClearAllPools();
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int Number(string[] args, string name, int fallback) =>
        Option(args, name) is { } value
            ? int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new CliException($"{name} needs a positive whole number, not '{value}'")
            : fallback;
}
