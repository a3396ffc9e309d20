using System.Text.Json;
using Graph.Core.Analysis;

namespace Graph.Core.Tests.Analysis;

/// <summary>A graph and NetworkX's results on it, read from Fixtures/*.json (written by scripts/networkx/make_fixtures.py).</summary>
internal sealed class NetworkXFixture
{
    private readonly JsonElement _results;

    private NetworkXFixture(string name, CsrGraph graph, JsonElement results)
    {
        (Name, Graph, _results) = (name, graph, results);
    }

    public string Name { get; }

    public CsrGraph Graph { get; }

    public static IEnumerable<string> Names =>
        Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order()!;

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Analysis", "Fixtures");

    public static NetworkXFixture Load(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var root = document.RootElement.Clone();
        var nodes = root.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToArray();
        var edges = root.GetProperty("edges").EnumerateArray()
            .Select(e => (e[0].GetInt32(), e[1].GetInt32(), e[2].GetDouble()));
        return new NetworkXFixture(name, CsrGraph.FromEdges(nodes, edges), root.GetProperty("results"));
    }

    public double[]? Doubles(string metric) =>
        _results.GetProperty(metric).ValueKind == JsonValueKind.Null
            ? null
            : _results.GetProperty(metric).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public int[] Ints(string metric) => _results.GetProperty(metric).EnumerateArray().Select(v => v.GetInt32()).ToArray();

    public double Double(string metric) => _results.GetProperty(metric).GetDouble();

    public int Int(string metric) => _results.GetProperty(metric).GetInt32();

    public (int U, int V)[] Pairs(string metric) =>
        _results.GetProperty(metric).EnumerateArray().Select(p => (p[0].GetInt32(), p[1].GetInt32())).ToArray();

    public IEnumerable<(int From, int To, int[][] Paths)> ShortestPaths() =>
        _results.GetProperty("shortest_paths").EnumerateArray().Select(p => (
            p.GetProperty("from").GetInt32(),
            p.GetProperty("to").GetInt32(),
            p.GetProperty("paths").EnumerateArray().Select(path => path.EnumerateArray().Select(v => v.GetInt32()).ToArray()).ToArray()));

    public override string ToString() => Name;
}
