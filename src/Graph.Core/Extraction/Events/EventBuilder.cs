using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Collects one event's participants, each once, a lead role winning over a plain one. A listed
/// actor is told apart by its number (see <see cref="Recognition.GazetteerEntry.ActorNumber"/>):
/// most events have a handful, found by scanning the numbers; an index is built only for a large
/// one. An actor with no number (a discovered agency) is found by its id.
/// </summary>
internal sealed class EventBuilder(string? name)
{
    private const int IndexAbove = 16;
    private readonly List<Participation> _participants = [];
    private readonly List<int> _numbers = [];
    private Dictionary<int, int>? _index;

    public string? Name => name;

    public bool HasParticipants => _participants.Count > 0;

    public bool HasLead => _participants.Exists(p => p.Role == ParticipantRole.Lead);

    public IEnumerable<string> LeadIds => _participants.Where(p => p.Role == ParticipantRole.Lead).Select(p => p.ActorId);

    /// <summary>Makes those of the given actors that take part leads.</summary>
    public void PromoteToLead(IEnumerable<string> actorIds)
    {
        foreach (var id in actorIds)
        {
            var index = IndexOfId(id);
            if (index >= 0)
            {
                _participants[index] = _participants[index] with { Role = ParticipantRole.Lead };
            }
        }
    }

    /// <param name="actorId">The actor.</param>
    /// <param name="actorNumber">Its number when the knowledge lists it, else -1.</param>
    /// <param name="role">Lead or participant.</param>
    /// <param name="evidence">The sentence that says so.</param>
    public void Add(string actorId, int actorNumber, ParticipantRole role, TextSpan evidence)
    {
        var index = actorNumber >= 0 ? IndexOf(actorNumber) : IndexOfId(actorId);
        if (index < 0)
        {
            if (actorNumber >= 0)
            {
                _index?.Add(actorNumber, _participants.Count);
            }

            _participants.Add(new Participation(actorId, role, evidence));
            _numbers.Add(actorNumber);
        }
        else if (role == ParticipantRole.Lead && _participants[index].Role != ParticipantRole.Lead)
        {
            _participants[index] = new Participation(actorId, role, evidence);
        }
    }

    /// <summary>Adds each actor taking part here to <paramref name="other"/>, with its role and evidence.</summary>
    public void CopyTo(EventBuilder other)
    {
        for (var i = 0; i < _participants.Count; i++)
        {
            other.Add(_participants[i].ActorId, _numbers[i], _participants[i].Role, _participants[i].Evidence);
        }
    }

    /// <summary>The ids of the actors taking part, in the order they were first added.</summary>
    public IEnumerable<string> ActorIds => _participants.Select(p => p.ActorId);

    /// <summary>Drops the actors the predicate picks (a part the text denies outright); the index is rebuilt when next needed.</summary>
    public void RemoveWhere(Func<string, bool> denied)
    {
        for (var i = _participants.Count - 1; i >= 0; i--)
        {
            if (denied(_participants[i].ActorId))
            {
                _participants.RemoveAt(i);
                _numbers.RemoveAt(i);
            }
        }

        _index = null;
    }

    public CooperationEvent Build(string? crimeArea, IReadOnlyDictionary<string, int> figures) =>
        new(name, crimeArea, [.. _participants], figures);

    // A loop, not FindIndex with a lambda: the lambda's closure over the id was allocated on every Add.
    private int IndexOfId(string actorId)
    {
        for (var i = 0; i < _participants.Count; i++)
        {
            if (string.Equals(_participants[i].ActorId, actorId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private int IndexOf(int actorNumber)
    {
        if (_index is null && _participants.Count > IndexAbove)
        {
            _index = new Dictionary<int, int>(_numbers.Count * 2);
            for (var i = 0; i < _numbers.Count; i++)
            {
                if (_numbers[i] >= 0)
                {
                    _index[_numbers[i]] = i;
                }
            }
        }

        return _index is not null ? _index.GetValueOrDefault(actorNumber, -1) : _numbers.IndexOf(actorNumber);
    }
}
