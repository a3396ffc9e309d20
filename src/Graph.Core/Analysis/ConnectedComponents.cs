namespace Graph.Core.Analysis;

/// <summary>Connected components of an undirected graph.</summary>
public static class ConnectedComponents
{
    /// <summary>
    /// Component number of every node; components are numbered 0, 1, … in order of their
    /// lowest-numbered node.
    /// </summary>
    public static int[] Label(CsrGraph graph, out int count)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var label = new int[n];
        Array.Fill(label, -1);
        var stack = new Stack<int>();
        count = 0;
        for (var s = 0; s < n; s++)
        {
            if (label[s] >= 0)
            {
                continue;
            }

            label[s] = count;
            stack.Push(s);
            while (stack.TryPop(out var v))
            {
                foreach (var w in graph.Neighbours(v))
                {
                    if (label[w] < 0)
                    {
                        label[w] = count;
                        stack.Push(w);
                    }
                }
            }

            count++;
        }

        return label;
    }

    /// <summary>The nodes of the largest component (the first such when sizes tie), ascending.</summary>
    public static int[] Largest(CsrGraph graph)
    {
        var label = Label(graph, out var count);
        if (count == 0)
        {
            return [];
        }

        var sizes = new int[count];
        foreach (var c in label)
        {
            sizes[c]++;
        }

        var biggest = Array.IndexOf(sizes, sizes.Max());
        return Enumerable.Range(0, label.Length).Where(v => label[v] == biggest).ToArray();
    }
}
