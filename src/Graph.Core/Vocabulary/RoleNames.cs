using Graph.Core.Model;

namespace Graph.Core.Vocabulary;

/// <summary>The names participant roles have in the store, the API and the CLI's contract.</summary>
public static class RoleNames
{
    /// <summary>The name of a lead role.</summary>
    public const string Lead = "lead";

    /// <summary>The name of a participant role.</summary>
    public const string Participant = "participant";

    /// <summary>Every role name.</summary>
    public static IReadOnlyList<string> All { get; } = [Participant, Lead];

    /// <summary><c>lead</c> or <c>participant</c>.</summary>
    public static string Of(ParticipantRole role) => role == ParticipantRole.Lead ? Lead : Participant;

    /// <summary>The role a stored name stands for.</summary>
    /// <exception cref="FormatException">The name is not a role.</exception>
    public static ParticipantRole Parse(string name) => name switch
    {
        Lead => ParticipantRole.Lead,
        Participant => ParticipantRole.Participant,
        _ => throw new FormatException($"Unknown participant role '{name}'. Known: {string.Join(", ", All)}."),
    };
}
