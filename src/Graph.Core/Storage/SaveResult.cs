namespace Graph.Core.Storage;

/// <summary>The outcome of saving a report.</summary>
/// <param name="ReportId">Id of the stored report (the existing one when the text was already stored).</param>
/// <param name="Created">False when the same text (by content hash) was already stored.</param>
public sealed record SaveResult(long ReportId, bool Created);
