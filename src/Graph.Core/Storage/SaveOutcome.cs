namespace Graph.Core.Storage;

/// <summary>What became of one report of a batch: saved (or found already stored), or refused with a reason.</summary>
/// <param name="Saved">The result when the report was written or already there; null when refused.</param>
/// <param name="Error">Why the report was refused; null when saved.</param>
public sealed record SaveOutcome(SaveResult? Saved, string? Error);
