using Graph.Core.Curation;

namespace Graph.Web.Curation;

/// <summary>POST /api/edits body: an edit in the ids the API shows (actor ids, event and report ids), with its reason.</summary>
/// <param name="Kind">merge, split, rename, set-country, confirm-participation, reject-participation, confirm-role, reject-role, add-participation, link-operation, unlink-operation.</param>
/// <param name="Reason">Why the edit is made (required).</param>
/// <param name="Actor">The actor the edit is about (merge: the one kept).</param>
/// <param name="Other">Merge: the actor merged away.</param>
/// <param name="Name">Rename: the new name.</param>
/// <param name="Alias">Split: the alias split off into its own agency.</param>
/// <param name="Country">Set-country: ISO alpha-2 code, or empty for an international body.</param>
/// <param name="EventId">Participation and role edits: the event (as in /api/edges/evidence).</param>
/// <param name="ReportId">Link- and unlink-operation: the report.</param>
/// <param name="Role">Add-participation: lead or participant.</param>
/// <param name="SentenceStart">Add-participation: start of the supporting sentence in the report's text.</param>
/// <param name="SentenceLength">Add-participation: its length.</param>
/// <param name="Operation">Link- and unlink-operation: the operation's key.</param>
public sealed record EditRequest(
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
    string? Operation = null)
{
    public EditInput ToInput() =>
        new(Kind, Reason, Actor, Other, Name, Alias, Country, EventId, ReportId, Role, SentenceStart, SentenceLength, Operation);
}
