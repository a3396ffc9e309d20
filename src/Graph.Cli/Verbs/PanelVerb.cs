using Graph.Core.Export;
using Graph.Core.Storage;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>graph panel [--period year|month] [--pairs undirected|directed] [--zeros true|false] [--from d] [--to d] --out file [--db path]</c>:
/// writes the dyad-period panel as long CSV; <c>--out -</c> writes to standard output.
/// </summary>
internal static class PanelVerb
{
    private const string Usage = "usage: graph panel [--period year|month] [--pairs undirected|directed] [--zeros true|false] [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out file|- [--db path]";
    private static readonly string[] Options = ["period", "pairs", "zeros", "from", "to", "out", "db"];

    public static int Run(string[] args)
    {
        using var stdout = Console.OpenStandardOutput();
        return Run(args, NetworkArguments.OpenStore, stdout, Console.Error);
    }

    public static int Run(string[] args, Func<string?, IReportStore> openStore, Stream standardOutput, TextWriter error)
    {
        var values = VerbOptions.Parse(args, Options, Usage);
        var query = new PanelQuery(values.GetValueOrDefault("period"), values.GetValueOrDefault("pairs"), values.GetValueOrDefault("zeros"),
            values.GetValueOrDefault("from"), values.GetValueOrDefault("to"));
        if (!query.TryParse(out var options, out var errors))
        {
            errors.Values.SelectMany(m => m).ToList().ForEach(error.WriteLine);
            return 2;
        }

        if (values.GetValueOrDefault("out") is not { } path)
        {
            error.WriteLine("--out is required: a file path, or - for standard output.");
            return 2;
        }

        var rows = DyadPanel.Rows(openStore(values.GetValueOrDefault("db")).LoadDataset(), options);
        return OutputFile.Write(path, standardOutput, error, stream => PanelCsvWriter.Write(rows, stream),
            $"Wrote {rows.Count} panel rows to {path}.");
    }
}
