using System.Diagnostics;
using System.Globalization;
using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;

namespace Graph.Bench;

/// <summary>
/// Bounded analysis at the sizes issue 10 and 12 name: exact against sampled betweenness on a skewed
/// 10,000-node graph, and the backbone, top-k rule and a 300-node picture on a skewed graph of 180,000 edges.
/// </summary>
internal static class BoundedBench
{
    /// <summary>Runs the timings and writes both graphs' edge lists to <paramref name="outDir"/> for scripts/networkx/bench_bounded_networkx.py.</summary>
    public static int Run(int nodes, int seed, string outDir)
    {
        var edges = SkewedGraph.Edges(nodes, 3, seed);
        RandomGraph.Write(Path.Combine(outDir, "skewed.txt"), nodes, edges);
        var graph = RandomGraph.ToGraph(nodes, edges);
        Console.WriteLine($"skewed graph: {graph.NodeCount} nodes, {graph.EdgeCount} edges, seed {seed}, {Environment.ProcessorCount} cores");
        var policy = new CentralityPolicy { ExactNodeLimit = 0 };
        Time("warm_up", () => SampledBetweenness.Compute(graph, 10, seed));
        var exact = Time("betweenness_exact", () => BetweennessCentrality.Compute(graph));
        var sampled = Time("betweenness_sampled", () => policy.Betweenness(graph));
        Report("betweenness", exact, sampled, graph);
        var exactWeighted = Time("betweenness_weighted_exact", () => BetweennessCentrality.Compute(graph, weighted: true));
        var sampledWeighted = Time("betweenness_weighted_sampled", () => policy.Betweenness(graph, weighted: true));
        Report("betweenness_weighted", exactWeighted, sampledWeighted, graph);
        var closeness = Time("closeness_exact", () => ClosenessCentrality.Compute(graph));
        var closenessSampled = Time("closeness_sampled", () => policy.Closeness(graph));
        Report("closeness", closeness, closenessSampled, graph);

        var bigEdges = SkewedGraph.Edges(nodes, 18, seed);
        RandomGraph.Write(Path.Combine(outDir, "dense.txt"), nodes, bigEdges);
        var big = RandomGraph.ToGraph(nodes, bigEdges);
        Console.WriteLine($"skewed graph: {big.NodeCount} nodes, {big.EdgeCount} edges");
        DisparityFilter.Backbone(big, 0.05);
        var backbone = Time("backbone", () => DisparityFilter.Backbone(big, 0.05));
        Console.WriteLine($"backbone_edges={backbone.Length}");
        var strongest = Time("top_2_per_node", () => StrongestEdges.PerNode(big, 2));
        Console.WriteLine($"top_2_per_node_edges={strongest.Length}");
        var picture = Time("picture_300", () => BoundedPicture.Of(big, new PictureOptions { NodeBudget = 300 }));
        Console.WriteLine($"picture: {picture.Describe("actors")}");
        return 0;
    }

    private static T Time<T>(string name, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}_ms={watch.Elapsed.TotalMilliseconds:F1}"));
        return result;
    }

    /// <summary>Error of the estimate and how many of the exact top 10 and top 50 it also ranks there.</summary>
    private static void Report(string name, double[] exact, CentralityEstimate estimate, CsrGraph graph)
    {
        var worst = exact.Zip(estimate.Values, (a, b) => Math.Abs(a - b)).Max();
        var top10 = NodeSelection.Top(graph, estimate.Values, 10).Intersect(NodeSelection.Top(graph, exact, 10)).Count();
        var top50 = NodeSelection.Top(graph, estimate.Values, 50).Intersect(NodeSelection.Top(graph, exact, 50)).Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: pivots={estimate.Sources} of {estimate.NodeCount}, max_abs_error={worst:G3} (largest value {exact.Max():G3}), top10_shared={top10}/10, top50_shared={top50}/50"));
    }
}
