using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>ingest [--db FILE] PATH...</c>: extracts and stores each report (one transaction each), printing
/// its id. Sample-report files (title, date and source lines first) keep their metadata. A file that
/// fails is reported and skipped; the others are still stored, and the exit code says something failed.
/// </summary>
internal static class IngestVerb
{
    public static int Run(string[] args)
    {
        string? db = null;
        string? language = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--language")
            {
                language = i + 1 < args.Length && ReportLanguage.IsKnown(args[i + 1])
                    ? args[++i]
                    : throw new CliException($"--language needs one of {string.Join(", ", ReportLanguage.All)}");
            }
            else if (args[i] == "--db")
            {
                db = i + 1 < args.Length ? args[++i] : throw new CliException("--db needs a file path");
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new CliException($"unknown option {args[i]}");
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        if (paths.Count == 0)
        {
            throw new CliException("usage: graph ingest [--db FILE] [--language en|es|pt|fr] PATH... (report files or folders of *.txt)");
        }

        var files = ReportFiles.Expand(paths).ToList();
        var ingestor = new ReportIngestor(ReportExtractor.Default, ReportStores.Open(StoreLocator.ConnectionString(db)));
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                var (saved, extraction) = ingestor.Ingest(Submission(ReportFiles.Read(file)) with { Language = language });
                Console.WriteLine($"{saved.ReportId}\t{(saved.Created ? "stored" : "already stored")}\t{file}\t{extraction.Actors.Count} actors, {extraction.Events.Count} events");
            }
            catch (Exception e) when (e is CliException or ArgumentException or FormatException or IOException)
            {
                Console.Error.WriteLine($"graph ingest: {file}: {e.Message}");
                failed++;
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static ReportSubmission Submission(string text)
    {
        return SampleReportFile.HasHeader(text) ? SampleReportFile.Parse(text) : new ReportSubmission(text);
    }
}
