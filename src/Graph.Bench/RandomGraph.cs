using System.Globalization;
using Graph.Core.Analysis;

namespace Graph.Bench;

/// <summary>A seeded G(n, m) random graph with integer weights 1..5, and its edge-list file.</summary>
internal static class RandomGraph
{
    public static List<(int U, int V, double Weight)> Edges(int nodes, int edges, int seed)
    {
        var random = new Random(seed);
        var seen = new HashSet<long>();
        var list = new List<(int, int, double)>(edges);
        while (list.Count < edges)
        {
            var (u, v) = (random.Next(nodes), random.Next(nodes));
            if (u == v || !seen.Add(((long)Math.Min(u, v) << 32) | (uint)Math.Max(u, v)))
            {
                continue;
            }

            list.Add((u, v, random.Next(1, 6)));
        }

        return list;
    }

    /// <summary>Writes "nodes" on the first line, then one "u v weight" line per edge.</summary>
    public static void Write(string path, int nodes, IEnumerable<(int U, int V, double Weight)> edges)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path);
        writer.WriteLine(nodes.ToString(CultureInfo.InvariantCulture));
        foreach (var (u, v, w) in edges)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{u} {v} {w}"));
        }
    }

    public static CsrGraph ToGraph(int nodes, IEnumerable<(int U, int V, double Weight)> edges) =>
        CsrGraph.FromEdges(Enumerable.Range(0, nodes).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray(), edges);
}
