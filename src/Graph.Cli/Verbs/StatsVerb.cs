using System.Globalization;
using Graph.Core.Analysis;
using Graph.Core.Network;
using Graph.Core.Storage;

namespace Graph.Cli.Verbs;

/// <summary><c>graph stats [filters] [--top N] [--db path]</c>: the headline figures of a view and its top brokers.</summary>
internal static class StatsVerb
{
    public static int Run(string[] args) => Run(args, NetworkArguments.OpenStore, Console.Out, Console.Error);

    public static int Run(string[] args, Func<string?, IReportStore> openStore, TextWriter output, TextWriter error)
    {
        var arguments = NetworkArguments.Parse(args, ["top"], error);
        if (arguments?.Query(error) is not { } query)
        {
            return 2;
        }

        var (view, filter) = query;

        var top = 10;
        if (arguments["top"] is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top < 1))
        {
            error.WriteLine($"--top must be a positive whole number, not '{text}'.");
            return 2;
        }

        if (arguments.Analyse(view, filter, openStore, error) is not { } analysis)
        {
            return 1;
        }

        Print(analysis, view, top, output);
        return 0;
    }

    private static void Print(NetworkAnalysis analysis, NetworkView view, int top, TextWriter output)
    {
        var s = analysis.Stats;
        var nodes = analysis.Network.Nodes;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"view:        {view.ToString().ToLowerInvariant()}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nodes:       {s.Nodes}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"edges:       {s.Edges}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"density:     {s.Density:F4}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"components:  {s.Components}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"diameter:    {s.Diameter} (largest component)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"communities: {s.Communities} (Louvain, modularity {s.Modularity:F4})"));
        output.WriteLine("top brokers (betweenness):");
        var ranked = Enumerable.Range(0, nodes.Count)
            .OrderByDescending(i => analysis[i].Betweenness).ThenBy(i => nodes[i].Id, StringComparer.Ordinal)
            .Take(top);
        var rank = 1;
        foreach (var i in ranked)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {rank++,2}. {analysis[i].Betweenness,8:F4}  {nodes[i].Label} ({nodes[i].Id}), degree {analysis[i].Degree}"));
        }

        var cut = analysis.Cuts.ArticulationPoints.Select(i => nodes[i].Label).ToArray();
        output.WriteLine($"articulation points: {(cut.Length == 0 ? "none" : string.Join(", ", cut))}");
    }
}
