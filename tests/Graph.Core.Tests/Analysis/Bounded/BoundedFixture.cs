using System.Text.Json;
using Graph.Core.Analysis;
using Graph.Core.Analysis.Bounded;

namespace Graph.Core.Tests.Analysis.Bounded;

/// <summary>A graph and reference results read from Bounded/Fixtures/*.json (written by scripts/networkx/make_bounded_fixtures.py).</summary>
internal sealed class BoundedFixture
{
    private BoundedFixture(string name, CsrGraph graph, JsonElement root)
    {
        (Name, Graph, Root) = (name, graph, root);
    }

    public string Name { get; }

    public CsrGraph Graph { get; }

    public JsonElement Root { get; }

    public static BoundedFixture Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Analysis", "Bounded", "Fixtures", name + ".json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement.Clone();
        var nodes = root.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToArray();
        var edges = root.GetProperty("edges").EnumerateArray().Select(e => (e[0].GetInt32(), e[1].GetInt32(), e[2].GetDouble()));
        return new BoundedFixture(name, CsrGraph.FromEdges(nodes, edges), root);
    }

    public double[] Doubles(string key) => Doubles(Root.GetProperty(key));

    public int[] Ints(string key) => Ints(Root.GetProperty(key));

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static int[] Ints(JsonElement array) => array.EnumerateArray().Select(v => v.GetInt32()).ToArray();

    /// <summary>An edge list of [u, v] pairs, u &lt; v, as ordered pairs.</summary>
    public static (int U, int V)[] Pairs(JsonElement array) =>
        array.EnumerateArray().Select(p => (p[0].GetInt32(), p[1].GetInt32())).ToArray();

    public static (int U, int V)[] Pairs(IEnumerable<WeightedEdge> edges) => edges.Select(e => (e.U, e.V)).ToArray();

    public static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance = 1e-9)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"node {i}: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }

    public override string ToString() => Name;
}
