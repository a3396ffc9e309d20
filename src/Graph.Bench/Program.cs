// Times betweenness, PageRank and Louvain on a seeded random graph and writes the edge list and
// our results, so scripts/networkx/bench_networkx.py can time NetworkX on the same graph and compare values.
// With --bounded it times bounded analysis instead (exact vs sampled betweenness, backbone): see BoundedBench.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Graph.Bench;
using Graph.Core.Analysis;

if (args is ["durability", ..])
{
    return DurabilityBench.Run(args.Length > 1 ? args[1] : Path.Combine("data", "local", "bench"));
}

var nodes = Option("--nodes", 10_000);
var edgeCount = Option("--edges", 50_000);
var seed = Option("--seed", 7);
var outDir = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? "artifacts/bench";
if (args.Contains("--bounded"))
{
    return BoundedBench.Run(nodes, seed, outDir);
}

var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',') ?? ["betweenness", "pagerank", "louvain"];
Directory.CreateDirectory(outDir);

var edges = RandomGraph.Edges(nodes, edgeCount, seed);
var edgePath = Path.Combine(outDir, "edges.txt");
RandomGraph.Write(edgePath, nodes, edges);
var graph = Measure("graph_build", 5, () => RandomGraph.ToGraph(nodes, edges));
Console.WriteLine($"graph: {graph.NodeCount} nodes, {graph.EdgeCount} edges, seed {seed}, {Environment.ProcessorCount} cores -> {edgePath}");

// Warm up the JIT on the real graph, then take the median of several runs.
var betweenness = only.Contains("betweenness") ? Measure("betweenness", 3, () => BetweennessCentrality.Compute(graph)) : [];
var pagerank = only.Contains("pagerank") ? Measure("pagerank", 30, () => PageRank.Compute(graph) ?? []) : [];
var louvain = Measure("louvain", 5, () => Louvain.Detect(graph, seed: 42));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"louvain_modularity={louvain.Modularity:R}"));
Console.WriteLine($"louvain_communities={louvain.Count}");

File.WriteAllText(Path.Combine(outDir, "ours.json"), JsonSerializer.Serialize(new { betweenness, pagerank, louvain_modularity = louvain.Modularity }));
return 0;

T Measure<T>(string name, int runs, Func<T> work)
{
    var result = work();
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        result = work();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}_ms={times[times.Count / 2]:F2}"));
    return result;
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
