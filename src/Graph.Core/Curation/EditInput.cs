namespace Graph.Core.Curation;

/// <summary>
/// An edit as a person asks for it, in the store's ids (as the API, the CLI and the page show them):
/// <see cref="EditChecker"/> checks it and turns it into a <see cref="CurationEdit"/>.
/// </summary>
/// <param name="Kind">A name from <see cref="EditKinds.All"/>.</param>
/// <param name="Reason">Why the edit is made (required).</param>
/// <param name="Actor">The actor the edit is about (merge: the one kept).</param>
/// <param name="Other">Merge: the actor merged away.</param>
/// <param name="Name">Rename: the new name.</param>
/// <param name="Alias">Split: the alias to split off.</param>
/// <param name="Country">Set-country: an ISO alpha-2 code, or empty for an international body.</param>
/// <param name="EventId">Participation edits: the store's event id.</param>
/// <param name="ReportId">Operation edits: the store's report id.</param>
/// <param name="Role">Add-participation: <c>lead</c> or <c>participant</c> (the default).</param>
/// <param name="SentenceStart">Add-participation: where the supporting sentence starts in the report's text.</param>
/// <param name="SentenceLength">Add-participation: its length in characters.</param>
/// <param name="Operation">Link- and unlink-operation: the operation's key.</param>
/// <param name="Undoes">Undo: the id of the edit to reverse.</param>
public sealed record EditInput(
    string? Kind,
    string? Reason,
    string? Actor = null,
    string? Other = null,
    string? Name = null,
    string? Alias = null,
    string? Country = null,
    long? EventId = null,
    long? ReportId = null,
    string? Role = null,
    int? SentenceStart = null,
    int? SentenceLength = null,
    string? Operation = null,
    long? Undoes = null);
