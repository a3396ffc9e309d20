namespace Graph.Web.Imports;

/// <summary>An import as <c>GET /api/imports/{id}</c> shows it.</summary>
/// <param name="Id">The import's id.</param>
/// <param name="State">queued, running, completed or failed.</param>
/// <param name="Files">The uploaded files.</param>
/// <param name="Progress">Share of the input read, 0 to 1.</param>
/// <param name="Read">Items read: reports, refusals and skipped rows.</param>
/// <param name="Stored">Reports stored.</param>
/// <param name="AlreadyStored">Reports that were already stored.</param>
/// <param name="Refused">Items refused.</param>
/// <param name="Skipped">Rows passed over on purpose (GDELT events that are no cooperation between two countries).</param>
/// <param name="CurrentFile">The file being read.</param>
/// <param name="Refusals">Each refusal with its file, place and reason.</param>
/// <param name="Error">Why the import failed, when it did.</param>
public sealed record ImportStatus(
    Guid Id,
    string State,
    IReadOnlyList<string> Files,
    double Progress,
    long Read,
    long Stored,
    long AlreadyStored,
    long Refused,
    long Skipped,
    string? CurrentFile,
    IReadOnlyList<ImportRefusalDto> Refusals,
    string? Error);
