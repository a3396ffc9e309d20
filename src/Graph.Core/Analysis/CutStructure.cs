namespace Graph.Core.Analysis;

/// <summary>
/// The brokers of a network: articulation points (nodes whose removal disconnects their component)
/// and bridges (edges whose removal does), found by one iterative depth-first search with low links.
/// </summary>
/// <param name="ArticulationPoints">Node numbers, ascending.</param>
/// <param name="Bridges">Edges as (smaller, larger) node numbers, ascending.</param>
public sealed record CutStructure(IReadOnlyList<int> ArticulationPoints, IReadOnlyList<(int U, int V)> Bridges)
{
    /// <summary>Finds every articulation point and bridge.</summary>
    public static CutStructure Find(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var discovered = new int[n];
        var low = new int[n];
        var parent = new int[n];
        var cursor = new int[n];
        Array.Fill(discovered, -1);
        var points = new SortedSet<int>();
        var bridges = new List<(int, int)>();
        var time = 0;
        var stack = new Stack<int>();
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        for (var root = 0; root < n; root++)
        {
            if (discovered[root] >= 0)
            {
                continue;
            }

            var rootChildren = 0;
            discovered[root] = low[root] = time++;
            parent[root] = -1;
            cursor[root] = offsets[root];
            stack.Push(root);
            while (stack.TryPeek(out var v))
            {
                if (cursor[v] < offsets[v + 1])
                {
                    var w = targets[cursor[v]++];
                    if (discovered[w] < 0)
                    {
                        parent[w] = v;
                        discovered[w] = low[w] = time++;
                        cursor[w] = offsets[w];
                        stack.Push(w);
                        rootChildren += v == root ? 1 : 0;
                    }
                    else if (w != parent[v])
                    {
                        low[v] = Math.Min(low[v], discovered[w]);
                    }

                    continue;
                }

                stack.Pop();
                var p = parent[v];
                if (p < 0)
                {
                    continue;
                }

                low[p] = Math.Min(low[p], low[v]);
                if (low[v] > discovered[p])
                {
                    bridges.Add((Math.Min(p, v), Math.Max(p, v)));
                }

                if (p != root && low[v] >= discovered[p])
                {
                    points.Add(p);
                }
            }

            if (rootChildren > 1)
            {
                points.Add(root);
            }
        }

        bridges.Sort();
        return new CutStructure(points.ToArray(), bridges);
    }
}
