namespace Graph.Core.Curation;

/// <summary>
/// A person's word on whether a report tells of an operation, as the operation linker reads it: a link
/// joins the report to the operation whatever the linker's own rules say, an unlink keeps it apart.
/// </summary>
/// <param name="EditId">The edit that says so (the latest decision on a pair wins).</param>
/// <param name="ReportHash">The report's content hash.</param>
/// <param name="Operation">The operation's key as the linker names it.</param>
/// <param name="Linked">True for a link, false for an unlink.</param>
/// <param name="Author">Who decided.</param>
/// <param name="Reason">Why.</param>
public sealed record OperationLinkDecision(long EditId, string ReportHash, string Operation, bool Linked, string Author, string Reason);
