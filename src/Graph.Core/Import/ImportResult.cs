namespace Graph.Core.Import;

/// <summary>The outcome of an import: its final counts and every refusal (the first <see cref="ImportOptions.MaxListedRefusals"/>).</summary>
/// <param name="Counts">Final counts.</param>
/// <param name="Refusals">What was refused and why.</param>
public sealed record ImportResult(ImportProgress Counts, IReadOnlyList<ImportRefusal> Refusals);
