using Graph.Core.Model;

namespace Graph.Core.Curation;

/// <summary>
/// What one curation edit says, in terms that outlive the database rows it was made against: actors by
/// their stable ids, reports by the SHA-256 of their text and events by their place among their
/// report's events, so the edit still finds its target after the report is extracted or imported again.
/// Only the members its <see cref="Kind"/> needs are set.
/// </summary>
/// <param name="Kind">What the edit changes.</param>
/// <param name="Actor">The actor the edit is about (the kept actor of a merge).</param>
/// <param name="Other">Merge: the actor merged into <paramref name="Actor"/>.</param>
/// <param name="Name">Rename: the new name.</param>
/// <param name="Alias">Split: the alias split off.</param>
/// <param name="NewActor">Split: the id of the actor the alias becomes.</param>
/// <param name="Country">Set-country: ISO 3166-1 alpha-2 code, or null for an international body.</param>
/// <param name="Report">Participation and operation edits: the report's content hash.</param>
/// <param name="Event">Participation edits: the event's place (0 first) among its report's events.</param>
/// <param name="Role">Add-participation: the role taken.</param>
/// <param name="Sentence">Add-participation: the character span of the supporting sentence.</param>
/// <param name="Quote">Add-participation: that sentence's text.</param>
/// <param name="Operation">Link- and unlink-operation: the operation's key (see <see cref="OperationKey"/>).</param>
/// <param name="Undoes">Undo: the id of the edit reversed.</param>
public sealed record CurationEdit(
    EditKind Kind,
    string? Actor = null,
    string? Other = null,
    string? Name = null,
    string? Alias = null,
    string? NewActor = null,
    string? Country = null,
    string? Report = null,
    int? Event = null,
    ParticipantRole? Role = null,
    TextSpan? Sentence = null,
    string? Quote = null,
    string? Operation = null,
    long? Undoes = null);
