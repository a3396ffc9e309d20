using Graph.Core.Export;
using Graph.Core.Network;
using Graph.Core.Storage;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>graph dynamic-gexf [--view actors|countries|agencies] --out file [--db path]</c>: writes the view as
/// dynamic GEXF 1.3 (spells from operation dates) for Gephi's timeline; <c>--out -</c> writes to standard output.
/// </summary>
internal static class DynamicGexfVerb
{
    private const string Usage = "usage: graph dynamic-gexf [--view actors|countries|agencies] --out file|- [--db path]";
    private static readonly string[] Options = ["view", "out", "db"];

    public static int Run(string[] args)
    {
        using var stdout = Console.OpenStandardOutput();
        return Run(args, NetworkArguments.OpenStore, stdout, Console.Error);
    }

    public static int Run(string[] args, Func<string?, IReportStore> openStore, Stream standardOutput, TextWriter error)
    {
        var values = VerbOptions.Parse(args, Options, Usage);
        var errors = new Dictionary<string, string[]>();
        var view = NetworkQuery.ParseView(values.GetValueOrDefault("view") ?? "countries", errors);
        if (errors.Count > 0 || view is not (NetworkView.Actors or NetworkView.Countries or NetworkView.Agencies))
        {
            error.WriteLine(errors.Values.SelectMany(m => m).FirstOrDefault() ?? "The dynamic GEXF is written for the actors, countries and agencies views.");
            return 2;
        }

        if (values.GetValueOrDefault("out") is not { } path)
        {
            error.WriteLine("--out is required: a file path, or - for standard output.");
            return 2;
        }

        var dataset = openStore(values.GetValueOrDefault("db")).LoadDataset();
        return OutputFile.Write(path, standardOutput, error, stream => DynamicGexfWriter.Write(dataset, view, stream),
            $"Wrote the {ExportNames.Of(view)} view as dynamic GEXF to {path}.");
    }
}
