using System.Globalization;
using Graph.Core.Extraction;
using Graph.Core.Import;
using Graph.Core.Storage;
using Graph.Core.Storage.Relational;
using Spectre.Console;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>import [--db FILE|CONNECTION] [--format auto|html|feed|csv|jsonl|gdelt|text] [--batch N] [--links-at-end] PATH...</c>: reads files, folders
/// and .zip archives through the Core import pipeline into SQLite or PostgreSQL, N reports a transaction (500 by default, 5,000 with <c>--links-at-end</c>). A terminal sees a live progress bar; a pipe or
/// file gets a plain progress line every few seconds. Ends with the summary and every refusal; the
/// exit code is 1 when anything was refused.
/// </summary>
internal static class ImportVerb
{
    public static int Run(string[] args)
    {
        var (db, format, batch, linksAtEnd, paths) = Parse(args);
        var store = StoreLocator.OpenForImport(StoreLocator.ConnectionString(db));
        if (store is RelationalReportStore relational)
        {
            relational.KeptLoneEvents = RelationalReportStore.ImportLoneEvents;
            relational.LinksAtEnd = linksAtEnd;
        }
        else if (linksAtEnd)
        {
            throw new CliException("--links-at-end needs a SQLite or PostgreSQL store");
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{batch:N0} reports a transaction{(linksAtEnd ? ", events linked into operations after the last" : "")}"));
        var run = new ImportPipeline(ReportExtractor.Default, store).Start(paths, new ImportOptions(format, BatchSize: batch));
        var started = DateTime.UtcNow;
        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            ImportProgressView.Live(run);
        }
        else
        {
            ImportProgressView.Plain(run, Console.Out);
        }

        ImportResult result;
        try
        {
            result = run.Completion.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            throw new CliException("the import stopped: " + e.Message + " Batches stored before this stay stored; run the same import again to complete it.");
        }

        var seconds = (DateTime.UtcNow - started).TotalSeconds;
        ImportProgressView.Summary(result, seconds, Console.Out);
        if (linksAtEnd)
        {
            var linking = DateTime.UtcNow;
            var linked = ((RelationalReportStore)store).LinkPending();
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"linked {linked} events into operations at the end in {(DateTime.UtcNow - linking).TotalSeconds:F1} s"));
        }

        foreach (var refusal in result.Refusals)
        {
            Console.Error.WriteLine("refused: " + refusal);
        }

        if (result.Counts.Refused > result.Refusals.Count)
        {
            Console.Error.WriteLine($"… and {result.Counts.Refused - result.Refusals.Count} more refusals not listed.");
        }

        return result.Counts.Refused == 0 ? 0 : 1;
    }

    private static (string? Db, ImportFormat Format, int Batch, bool LinksAtEnd, List<string> Paths) Parse(string[] args)
    {
        string? db = null;
        var linksAtEnd = false;
        var format = ImportFormat.Auto;
        int? batch = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db":
                    db = i + 1 < args.Length ? args[++i] : throw new CliException("--db needs a file path or a Host=… connection string");
                    break;
                case "--format":
                    var name = i + 1 < args.Length ? args[++i] : throw new CliException("--format needs a value");
                    format = Enum.TryParse<ImportFormat>(name, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(name, CultureInfo.InvariantCulture, out _)
                        ? parsed
                        : throw new CliException($"unknown format '{name}'; known: {FormatNames}");
                    break;
                case "--batch":
                    // Larger transactions write faster (2,000 stored 30 % more reports a second than 500 into a 100,000-report
                    // store) but hold the write lock longer: for a bulk load that no server writes into meanwhile.
                    var size = i + 1 < args.Length ? args[++i] : throw new CliException("--batch needs a number of reports");
                    batch = int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var reports) && reports is >= 1 and <= MaxBatch
                        ? reports
                        : throw new CliException($"--batch must be a whole number of reports from 1 to {MaxBatch}, not '{size}'");
                    break;
                case "--links-at-end":
                    // Each operation counted once after the last batch rather than taken back and counted again as its
                    // reports arrive: for a bulk load by one importer (see RelationalReportStore.LinksAtEnd).
                    linksAtEnd = true;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new CliException($"unknown option {option}");
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        if (paths.Count == 0)
        {
            throw new CliException($"usage: graph import [--db FILE|CONNECTION] [--format {FormatNames}] [--batch N] [--links-at-end] PATH... (files, folders, .zip archives)");
        }

        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        return missing.Count > 0
            ? throw new CliException("no such file or folder: " + string.Join(", ", missing))
            : (db, format, batch ?? (linksAtEnd ? ImportOptions.BulkBatchSize : new ImportOptions().BatchSize), linksAtEnd, paths);
    }

    private const int MaxBatch = 100_000;

    private static string FormatNames => string.Join('|', Enum.GetNames<ImportFormat>().Select(n => n.ToLowerInvariant()));
}
