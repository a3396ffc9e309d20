namespace Graph.Core.Model;

/// <summary>An operation or joint action that a report describes.</summary>
/// <param name="Name">The operation's name ("Operation Vibora"), or null for an unnamed joint action.</param>
/// <param name="CrimeArea">One of <see cref="CrimeAreas.All"/>, or null when the text gives no clue.</param>
/// <param name="Participants">Each taking-part actor once, lead included.</param>
/// <param name="Figures">Integers the text states, keyed as in <see cref="FigureKeys"/>.</param>
public sealed record CooperationEvent(
    string? Name,
    string? CrimeArea,
    IReadOnlyList<Participation> Participants,
    IReadOnlyDictionary<string, int> Figures)
{
    /// <summary>Actors that led or coordinated the event.</summary>
    public IEnumerable<string> LeadIds =>
        Participants.Where(p => p.Role == ParticipantRole.Lead).Select(p => p.ActorId);

    /// <summary>Every actor that took part, leads included.</summary>
    public IEnumerable<string> ParticipantIds => Participants.Select(p => p.ActorId);
}
