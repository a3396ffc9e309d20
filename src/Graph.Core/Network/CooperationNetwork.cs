using QuikGraph;

namespace Graph.Core.Network;

/// <summary>
/// An undirected cooperation network: nodes with their labels and kinds, weighted edges with
/// evidence. A thin, nullable-annotated face over a QuikGraph <see cref="UndirectedGraph{TVertex, TEdge}"/>.
/// Nodes and edges keep the order they were added in, so everything derived from them is reproducible.
/// </summary>
public sealed class CooperationNetwork
{
    // Duplicates are refused by id below, so QuikGraph need not scan adjacency lists for them on every add.
    private readonly UndirectedGraph<string, CooperationEdge> _graph = new(allowParallelEdges: true);
    private readonly Dictionary<string, NetworkNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<NetworkNode> _nodeOrder = [];
    private readonly Dictionary<string, CooperationEdge> _edgesById = new(StringComparer.Ordinal);
    private readonly List<CooperationEdge> _edgeOrder = [];

    /// <summary>Creates an empty network for a view.</summary>
    public CooperationNetwork(NetworkView view) => View = view;

    /// <summary>The view this network was built as.</summary>
    public NetworkView View { get; }

    /// <summary>Nodes in insertion order.</summary>
    public IReadOnlyList<NetworkNode> Nodes => _nodeOrder;

    /// <summary>Edges in insertion order.</summary>
    public IReadOnlyList<CooperationEdge> Edges => _edgeOrder;

    /// <summary>Number of nodes.</summary>
    public int NodeCount => _nodeOrder.Count;

    /// <summary>Number of edges.</summary>
    public int EdgeCount => _edgeOrder.Count;

    /// <summary>Adds a node; adding an id twice keeps the first.</summary>
    public void AddNode(NetworkNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (_nodes.TryAdd(node.Id, node))
        {
            _nodeOrder.Add(node);
            _graph.AddVertex(node.Id);
        }
    }

    /// <summary>Adds an edge between two existing nodes. Self-loops and duplicates are refused.</summary>
    public void AddEdge(CooperationEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        if (!_nodes.ContainsKey(edge.Source) || !_nodes.ContainsKey(edge.Target))
        {
            throw new ArgumentException($"Both ends of {edge.Id} must be nodes of the network.", nameof(edge));
        }

        if (edge.Source == edge.Target || !_edgesById.TryAdd(edge.Id, edge))
        {
            throw new ArgumentException($"Edge {edge.Id} is a self-loop or already present.", nameof(edge));
        }

        _graph.AddEdge(edge);
        _edgeOrder.Add(edge);
    }

    /// <summary>Whether the network has a node with this id.</summary>
    public bool ContainsNode(string id) => _nodes.ContainsKey(id);

    /// <summary>The node with this id, or null.</summary>
    public NetworkNode? FindNode(string id) => _nodes.GetValueOrDefault(id);

    /// <summary>The edge between two nodes, in either order, or null.</summary>
    public CooperationEdge? FindEdge(string a, string b)
    {
        var key = string.CompareOrdinal(a, b) <= 0 ? a + "|" + b : b + "|" + a;
        return _edgesById.GetValueOrDefault(key);
    }

    /// <summary>The edges touching a node (empty for an unknown id).</summary>
    public IEnumerable<CooperationEdge> EdgesOf(string id) =>
        _nodes.ContainsKey(id) ? _graph.AdjacentEdges(id) : [];

    /// <summary>The sub-network induced by the nodes <paramref name="keep"/> admits, order preserved.</summary>
    public CooperationNetwork Induced(Func<NetworkNode, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var sub = new CooperationNetwork(View);
        foreach (var node in _nodeOrder.Where(keep))
        {
            sub.AddNode(node);
        }

        foreach (var edge in _edgeOrder.Where(e => sub.ContainsNode(e.Source) && sub.ContainsNode(e.Target)))
        {
            sub.AddEdge(edge);
        }

        return sub;
    }

    /// <summary>Nodes within <paramref name="depth"/> hops of <paramref name="center"/> (breadth-first).</summary>
    public IReadOnlySet<string> Neighbourhood(string center, int depth)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!_nodes.ContainsKey(center))
        {
            return seen;
        }

        seen.Add(center);
        var frontier = new List<string> { center };
        for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
        {
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var edge in _graph.AdjacentEdges(node))
                {
                    var other = edge.OtherEnd(node);
                    if (seen.Add(other))
                    {
                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        return seen;
    }
}
