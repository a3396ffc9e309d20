using System.Text.Json;
using Graph.Cli.Contract;
using Graph.Core.Extraction;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>extract [--language CODE] PATH...</c>: one NDJSON line per report, as the extraction contract
/// describes; <c>--language</c> states the reports' language instead of detecting it.
/// </summary>
internal static class ExtractVerb
{
    public static int Run(string[] args)
    {
        var language = LanguageOption.Take(ref args);
        if (args.Length == 0)
        {
            throw new CliException("usage: graph extract [--language en|es|pt|fr] PATH... (report files or folders of *.txt)");
        }

        var failed = 0;
        using var stdout = Console.OpenStandardOutput();
        foreach (var file in ReportFiles.Expand(args))
        {
            try
            {
                var extraction = ((IReportExtractor)ReportExtractor.Default).Extract(ReportFiles.Read(file), language);
                JsonSerializer.Serialize(stdout, ExtractionRecord.From(file, extraction), ContractJson.Default.ExtractionRecord);
                stdout.WriteByte((byte)'\n');
            }
            catch (Exception e) when (e is CliException or ArgumentException or IOException)
            {
                Console.Error.WriteLine($"graph extract: {e.Message}");
                failed++;
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
