namespace Graph.Core.Analysis;

/// <summary>Per-thread scratch arrays for one Brandes single-source pass, reused across sources.</summary>
internal sealed class BrandesWorkspace
{
    private readonly int[] _order;
    private readonly double[] _sigma;
    private readonly double[] _delta;
    private readonly int[] _hops;
    private readonly double[] _distance;
    private readonly bool[] _settled;
    private readonly PriorityQueue<int, double> _heap = new();

    public BrandesWorkspace(int n)
    {
        _order = new int[n];
        _sigma = new double[n];
        _delta = new double[n];
        _hops = new int[n];
        _distance = new double[n];
        _settled = new bool[n];
        Array.Fill(_hops, -1);
        Array.Fill(_distance, double.PositiveInfinity);
    }

    /// <summary>Adds source <paramref name="s"/>'s dependencies to <paramref name="acc"/>, counting hops.</summary>
    public void AccumulateUnweighted(CsrGraph graph, int s, double[] acc)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        _sigma[s] = 1;
        _hops[s] = 0;
        _order[0] = s;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var v = _order[head++];
            var next = _hops[v] + 1;
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = targets[i];
                if (_hops[w] < 0)
                {
                    _hops[w] = next;
                    _order[tail++] = w;
                }

                if (_hops[w] == next)
                {
                    _sigma[w] += _sigma[v];
                }
            }
        }

        for (var k = tail - 1; k > 0; k--)
        {
            var w = _order[k];
            var coeff = (1 + _delta[w]) / _sigma[w];
            var previous = _hops[w] - 1;
            for (var i = offsets[w]; i < offsets[w + 1]; i++)
            {
                var v = targets[i];
                if (_hops[v] == previous)
                {
                    _delta[v] += _sigma[v] * coeff;
                }
            }

            acc[w] += _delta[w];
        }

        for (var k = 0; k < tail; k++)
        {
            var v = _order[k];
            (_sigma[v], _delta[v], _hops[v]) = (0, 0, -1);
        }
    }

    /// <summary>Adds source <paramref name="s"/>'s dependencies to <paramref name="acc"/>, edge lengths given.</summary>
    public void AccumulateWeighted(CsrGraph graph, double[] lengths, int s, double[] acc)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var count = 0;
        _distance[s] = 0;
        _sigma[s] = 1;
        _heap.Enqueue(s, 0);
        while (_heap.TryDequeue(out var v, out var d))
        {
            if (_settled[v] || d > _distance[v])
            {
                continue;
            }

            _settled[v] = true;
            _order[count++] = v;
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = targets[i];
                if (_settled[w])
                {
                    continue;
                }

                var candidate = d + lengths[i];
                if (candidate < _distance[w])
                {
                    _distance[w] = candidate;
                    _sigma[w] = _sigma[v];
                    _heap.Enqueue(w, candidate);
                }
                else if (candidate == _distance[w])
                {
                    _sigma[w] += _sigma[v];
                }
            }
        }

        for (var k = count - 1; k > 0; k--)
        {
            var w = _order[k];
            var coeff = (1 + _delta[w]) / _sigma[w];
            for (var i = offsets[w]; i < offsets[w + 1]; i++)
            {
                var v = targets[i];
                if (_settled[v] && _distance[v] + lengths[i] == _distance[w])
                {
                    _delta[v] += _sigma[v] * coeff;
                }
            }

            acc[w] += _delta[w];
        }

        for (var k = 0; k < count; k++)
        {
            var v = _order[k];
            (_sigma[v], _delta[v], _distance[v], _settled[v]) = (0, 0, double.PositiveInfinity, false);
        }

        _heap.Clear();
    }
}
