using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Collects one event's participants, each once, a lead role winning over a plain one. Most events
/// have a handful, found by searching the list; an index is built only for the rare large one.
/// </summary>
internal sealed class EventBuilder(string? name)
{
    private const int IndexAbove = 16;
    private readonly List<Participation> _participants = [];
    private Dictionary<string, int>? _index;

    public string? Name => name;

    public bool HasParticipants => _participants.Count > 0;

    public bool HasLead => _participants.Exists(p => p.Role == ParticipantRole.Lead);

    /// <summary>Makes those of the given actors that take part leads.</summary>
    public void PromoteToLead(IEnumerable<string> actorIds)
    {
        foreach (var id in actorIds)
        {
            var index = IndexOf(id);
            if (index >= 0)
            {
                _participants[index] = _participants[index] with { Role = ParticipantRole.Lead };
            }
        }
    }

    public void Add(string actorId, ParticipantRole role, TextSpan evidence)
    {
        var index = IndexOf(actorId);
        if (index < 0)
        {
            _index?.Add(actorId, _participants.Count);
            _participants.Add(new Participation(actorId, role, evidence));
        }
        else if (role == ParticipantRole.Lead && _participants[index].Role != ParticipantRole.Lead)
        {
            _participants[index] = new Participation(actorId, role, evidence);
        }
    }

    public CooperationEvent Build(string? crimeArea, IReadOnlyDictionary<string, int> figures) =>
        new(name, crimeArea, [.. _participants], figures);

    private int IndexOf(string actorId)
    {
        if (_index is null && _participants.Count > IndexAbove)
        {
            _index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _participants.Count; i++)
            {
                _index[_participants[i].ActorId] = i;
            }
        }

        if (_index is not null)
        {
            return _index.TryGetValue(actorId, out var found) ? found : -1;
        }

        for (var i = 0; i < _participants.Count; i++)
        {
            if (string.Equals(_participants[i].ActorId, actorId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
