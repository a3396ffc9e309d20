using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Network.Aggregates;

/// <summary>An event as the tallies see it: its store id, crime area and who took part (actor id, led).</summary>
internal sealed record TallyEvent(long EventId, string? CrimeArea, IReadOnlyList<(string ActorId, bool Led)> Participants)
{
    public static TallyEvent From(StoredEvent e) =>
        new(e.Id, e.CrimeArea, [.. e.Participants.Select(p => (p.ActorId, p.Role == ParticipantRole.Lead))]);

    public static TallyEvent From(DayEvent e) => new(e.Id, e.CrimeArea, e.Participants);
}
