namespace Graph.Web.Curation;

/// <summary>POST /api/edits/{id}/undo body: why the edit is reversed.</summary>
/// <param name="Reason">Required.</param>
public sealed record UndoRequest(string? Reason);
