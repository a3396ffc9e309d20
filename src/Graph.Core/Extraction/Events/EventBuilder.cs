using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>Collects one event's participants, each once, a lead role winning over a plain one.</summary>
internal sealed class EventBuilder(string? name)
{
    private readonly Dictionary<string, Participation> _participants = new(StringComparer.Ordinal);

    public bool HasParticipants => _participants.Count > 0;

    public bool HasLead => _participants.Values.Any(p => p.Role == ParticipantRole.Lead);

    /// <summary>Makes those of the given actors that take part leads.</summary>
    public void PromoteToLead(IEnumerable<string> actorIds)
    {
        foreach (var id in actorIds)
        {
            if (_participants.TryGetValue(id, out var participation))
            {
                _participants[id] = participation with { Role = ParticipantRole.Lead };
            }
        }
    }

    public void Add(string actorId, ParticipantRole role, TextSpan evidence)
    {
        if (!_participants.TryGetValue(actorId, out var existing))
        {
            _participants[actorId] = new Participation(actorId, role, evidence);
        }
        else if (role == ParticipantRole.Lead && existing.Role != ParticipantRole.Lead)
        {
            _participants[actorId] = new Participation(actorId, role, evidence);
        }
    }

    public CooperationEvent Build(string? crimeArea, IReadOnlyDictionary<string, int> figures) =>
        new(name, crimeArea, [.. _participants.Values], figures);
}
