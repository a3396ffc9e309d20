namespace Graph.Core.Analysis;

/// <summary>Per-thread scratch arrays for one Brandes single-source pass, reused across sources.</summary>
internal sealed class BrandesWorkspace
{
    private readonly int[] order;
    private readonly double[] sigma;
    private readonly double[] delta;
    private readonly int[] hops;
    private readonly double[] distance;
    private readonly bool[] settled;
    private readonly PriorityQueue<int, double> heap = new();

    public BrandesWorkspace(int n)
    {
        order = new int[n];
        sigma = new double[n];
        delta = new double[n];
        hops = new int[n];
        distance = new double[n];
        settled = new bool[n];
        Array.Fill(hops, -1);
        Array.Fill(distance, double.PositiveInfinity);
    }

    /// <summary>Adds source <paramref name="s"/>'s dependencies to <paramref name="acc"/>, counting hops.</summary>
    public void AccumulateUnweighted(CsrGraph graph, int s, double[] acc)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        sigma[s] = 1;
        hops[s] = 0;
        order[0] = s;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var v = order[head++];
            var next = hops[v] + 1;
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = targets[i];
                if (hops[w] < 0)
                {
                    hops[w] = next;
                    order[tail++] = w;
                }

                if (hops[w] == next)
                {
                    sigma[w] += sigma[v];
                }
            }
        }

        for (var k = tail - 1; k > 0; k--)
        {
            var w = order[k];
            var coeff = (1 + delta[w]) / sigma[w];
            var previous = hops[w] - 1;
            for (var i = offsets[w]; i < offsets[w + 1]; i++)
            {
                var v = targets[i];
                if (hops[v] == previous)
                {
                    delta[v] += sigma[v] * coeff;
                }
            }

            acc[w] += delta[w];
        }

        for (var k = 0; k < tail; k++)
        {
            var v = order[k];
            (sigma[v], delta[v], hops[v]) = (0, 0, -1);
        }
    }

    /// <summary>Adds source <paramref name="s"/>'s dependencies to <paramref name="acc"/>, edge lengths given.</summary>
    public void AccumulateWeighted(CsrGraph graph, double[] lengths, int s, double[] acc)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var count = 0;
        distance[s] = 0;
        sigma[s] = 1;
        heap.Enqueue(s, 0);
        while (heap.TryDequeue(out var v, out var d))
        {
            if (settled[v] || d > distance[v])
            {
                continue;
            }

            settled[v] = true;
            order[count++] = v;
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = targets[i];
                if (settled[w])
                {
                    continue;
                }

                var candidate = d + lengths[i];
                if (candidate < distance[w])
                {
                    distance[w] = candidate;
                    sigma[w] = sigma[v];
                    heap.Enqueue(w, candidate);
                }
                else if (candidate == distance[w])
                {
                    sigma[w] += sigma[v];
                }
            }
        }

        for (var k = count - 1; k > 0; k--)
        {
            var w = order[k];
            var coeff = (1 + delta[w]) / sigma[w];
            for (var i = offsets[w]; i < offsets[w + 1]; i++)
            {
                var v = targets[i];
                if (settled[v] && distance[v] + lengths[i] == distance[w])
                {
                    delta[v] += sigma[v] * coeff;
                }
            }

            acc[w] += delta[w];
        }

        for (var k = 0; k < count; k++)
        {
            var v = order[k];
            (sigma[v], delta[v], distance[v], settled[v]) = (0, 0, double.PositiveInfinity, false);
        }

        heap.Clear();
    }
}
