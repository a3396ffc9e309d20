using Graph.Core.Network;

namespace Graph.Core.Analysis;

/// <summary>
/// An immutable, undirected, weighted graph in compressed sparse row form: the neighbours of node
/// <c>v</c> are <c>Targets[Offsets[v]..Offsets[v + 1]]</c>, ascending, with matching <c>Weights</c>.
/// Each undirected edge appears twice, once from each end. Self-loops and parallel edges are not kept.
/// </summary>
public sealed class CsrGraph
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly double[] _weights;
    private readonly string[] _ids;
    private readonly Dictionary<string, int> _index;

    private CsrGraph(string[] ids, int[] offsets, int[] targets, double[] weights)
    {
        _ids = ids;
        _index = new Dictionary<string, int>(_ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < _ids.Length; i++)
        {
            _index.TryAdd(_ids[i], i);
        }

        _offsets = offsets;
        _targets = targets;
        _weights = weights;
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => _ids.Length;

    /// <summary>Number of undirected edges.</summary>
    public int EdgeCount => _targets.Length / 2;

    /// <summary>Node ids, indexed by node number.</summary>
    public IReadOnlyList<string> NodeIds => _ids;

    /// <summary>Row starts: node <c>v</c>'s neighbours sit at <c>[Offsets[v], Offsets[v + 1])</c>.</summary>
    public ReadOnlySpan<int> Offsets => _offsets;

    /// <summary>Neighbour numbers, row by row.</summary>
    public ReadOnlySpan<int> Targets => _targets;

    /// <summary>Edge weights aligned with <see cref="Targets"/>.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>The neighbours of node <paramref name="v"/>, ascending.</summary>
    public ReadOnlySpan<int> Neighbours(int v) => _targets.AsSpan(_offsets[v], _offsets[v + 1] - _offsets[v]);

    /// <summary>The weights of the edges to <see cref="Neighbours(int)"/>.</summary>
    public ReadOnlySpan<double> NeighbourWeights(int v) => _weights.AsSpan(_offsets[v], _offsets[v + 1] - _offsets[v]);

    /// <summary>Number of neighbours of node <paramref name="v"/>.</summary>
    public int Degree(int v) => _offsets[v + 1] - _offsets[v];

    /// <summary>Sum of all edge weights, each edge once.</summary>
    public double TotalWeight()
    {
        var sum = 0.0;
        foreach (var w in _weights)
        {
            sum += w;
        }

        return sum / 2;
    }

    /// <summary>The number of the node with this id, or -1.</summary>
    public int IndexOf(string id) => _index.GetValueOrDefault(id, -1);

    /// <summary>Snapshots a cooperation network; node numbers follow <see cref="CooperationNetwork.Nodes"/>.</summary>
    public static CsrGraph FromNetwork(CooperationNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var index = new Dictionary<string, int>(network.NodeCount, StringComparer.Ordinal);
        foreach (var node in network.Nodes)
        {
            index[node.Id] = index.Count;
        }

        var edges = network.Edges.Select(e => (index[e.Source], index[e.Target], e.Weight));
        return FromEdges(network.Nodes.Select(n => n.Id).ToArray(), edges);
    }

    /// <summary>
    /// Builds a graph on the given node ids from (u, v, weight) triples. Self-loops are dropped;
    /// a repeated pair keeps the weight of its last occurrence (as NetworkX's <c>add_edge</c> does).
    /// </summary>
    public static CsrGraph FromEdges(IReadOnlyList<string> nodeIds, IEnumerable<(int U, int V, double Weight)> edges)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentNullException.ThrowIfNull(edges);
        var n = nodeIds.Count;
        var unique = new Dictionary<long, double>(PairKey.Comparer);
        foreach (var (u, v, w) in edges)
        {
            if ((uint)u >= (uint)n || (uint)v >= (uint)n)
            {
                throw new ArgumentOutOfRangeException(nameof(edges), $"Edge ({u}, {v}) names a node outside 0..{n - 1}.");
            }

            if (u != v)
            {
                unique[PairKey.Unordered(u, v)] = w;
            }
        }

        var offsets = new int[n + 1];
        foreach (var key in unique.Keys)
        {
            offsets[PairKey.First(key) + 1]++;
            offsets[PairKey.Second(key) + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var targets = new int[offsets[n]];
        var weights = new double[offsets[n]];
        var fill = offsets[..n];
        foreach (var (key, w) in unique)
        {
            var (u, v) = (PairKey.First(key), PairKey.Second(key));
            (targets[fill[u]], weights[fill[u]++]) = (v, w);
            (targets[fill[v]], weights[fill[v]++]) = (u, w);
        }

        for (var v = 0; v < n; v++)
        {
            Array.Sort(targets, weights, offsets[v], offsets[v + 1] - offsets[v]);
        }

        return new CsrGraph(nodeIds.ToArray(), offsets, targets, weights);
    }
}
