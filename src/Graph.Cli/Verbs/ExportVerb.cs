using Graph.Core.Analysis;
using Graph.Core.Export;
using Graph.Core.Network;
using Graph.Core.Storage;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>graph export --format graphml|gexf|csv|nodes-csv|edges-csv|cytoscape --out file [filters] [--db path]</c>:
/// writes a view with its metrics; <c>--out -</c> writes to standard output.
/// </summary>
internal static class ExportVerb
{
    public static int Run(string[] args)
    {
        using var stdout = Console.OpenStandardOutput();
        return Run(args, NetworkArguments.OpenStore, stdout, Console.Error);
    }

    public static int Run(string[] args, Func<string?, IReportStore> openStore, Stream standardOutput, TextWriter error)
    {
        var arguments = NetworkArguments.Parse(args, ["format", "out"], error);
        if (arguments?.Query(error) is not { } query)
        {
            return 2;
        }

        var (view, filter) = query;

        if (!NetworkExporter.TryParse(arguments["format"] ?? "graphml", out var format))
        {
            error.WriteLine($"Unknown format '{arguments["format"]}'. Known: {string.Join(", ", NetworkExporter.FormatNames)}.");
            return 2;
        }

        if (arguments["out"] is not { } path)
        {
            error.WriteLine("--out is required: a file path, or - for standard output.");
            return 2;
        }

        if (arguments.Analyse(view, filter, openStore, error) is not { } analysis)
        {
            return 1;
        }

        if (path == "-")
        {
            NetworkExporter.Write(format, analysis, standardOutput);
            return 0;
        }

        try
        {
            // Write beside the target first so a failure never leaves half a file under the real name.
            var temporary = path + ".partial";
            using (var file = File.Create(temporary))
            {
                NetworkExporter.Write(format, analysis, file);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Cannot write '{path}': {e.Message}");
            return 1;
        }

        error.WriteLine($"Wrote {analysis.Stats.Nodes} nodes and {analysis.Stats.Edges} edges ({format}) to {path}.");
        return 0;
    }
}
