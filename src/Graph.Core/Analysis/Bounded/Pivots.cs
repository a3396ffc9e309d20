namespace Graph.Core.Analysis.Bounded;

/// <summary>Seeded choice and checking of the source nodes (pivots) a sampled centrality runs from.</summary>
internal static class Pivots
{
    /// <summary>
    /// <paramref name="count"/> distinct nodes of 0..<paramref name="nodeCount"/> − 1, uniformly at random
    /// (a partial Fisher–Yates shuffle); the same seed gives the same pivots in the same order.
    /// </summary>
    public static int[] Draw(int nodeCount, int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, nodeCount);
        var random = new Random(seed);
        var deck = new int[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            deck[i] = i;
        }

        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, nodeCount);
            (deck[i], deck[j]) = (deck[j], deck[i]);
        }

        return deck[..count];
    }

    /// <summary>Throws unless every pivot is a node of the graph and none repeats.</summary>
    public static void Check(CsrGraph graph, IReadOnlyList<int> pivots, string parameter)
    {
        var seen = new bool[graph.NodeCount];
        foreach (var s in pivots)
        {
            if ((uint)s >= (uint)seen.Length)
            {
                throw new ArgumentOutOfRangeException(parameter, $"Pivot {s} is not a node number (0..{seen.Length - 1}).");
            }

            if (seen[s])
            {
                throw new ArgumentException($"Pivot {s} is listed twice.", parameter);
            }

            seen[s] = true;
        }
    }

    /// <summary>A membership mask of the pivots.</summary>
    public static bool[] Mask(int nodeCount, IReadOnlyList<int> pivots)
    {
        var mask = new bool[nodeCount];
        foreach (var s in pivots)
        {
            mask[s] = true;
        }

        return mask;
    }
}
