using Graph.Core.Storage;

namespace Graph.Core.Operations;

/// <summary>One report's telling of an operation, with why the linker joined it.</summary>
/// <param name="EventId">The event the report describes.</param>
/// <param name="Report">The report.</param>
/// <param name="Name">The operation name as this report gives it, or null.</param>
/// <param name="Link">The rule, matched event and evidence that joined it.</param>
public sealed record OperationSource(long EventId, ReportSummary Report, string? Name, OperationLink Link);
