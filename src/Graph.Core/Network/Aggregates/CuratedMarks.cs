using Graph.Core.Storage;

namespace Graph.Core.Network.Aggregates;

/// <summary>Which nodes and edges of a recounted view rest on curation: the curated actors, and pairs in an event where one end's participation was curated.</summary>
internal sealed class CuratedMarks(IReadOnlySet<string> actors)
{
    private readonly HashSet<(string, string)> _edges = [];

    public static CuratedMarks None { get; } = new(new HashSet<string>());

    public bool Node(string id) => actors.Contains(id);

    public bool Edge(string a, string b) => _edges.Contains(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a));

    public void AddEvent(NetworkView projection, StoredEvent e, Func<string, ActorFacts?> facts)
    {
        var nodes = e.Participants.Select(p => (p.Curated, Node: facts(p.ActorId) is { } f ? Projection.NodeOf(projection, p.ActorId, f) : null))
            .Where(p => p.Node is not null).ToList();
        foreach (var curated in nodes.Where(p => p.Curated))
        {
            foreach (var other in nodes.Where(p => p.Node != curated.Node))
            {
                var (a, b) = (curated.Node!, other.Node!);
                _edges.Add(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a));
            }
        }
    }
}
