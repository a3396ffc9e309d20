namespace Graph.Core.Storage;

/// <summary>A report that names an actor, with the sentences that name it.</summary>
public sealed record ActorEvidence(ReportSummary Report, IReadOnlyList<string> Sentences);
