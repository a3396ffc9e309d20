namespace Graph.Core.Curation;

/// <summary>The outcome of checking an <see cref="EditInput"/>: the edit to append, or per field what is wrong.</summary>
/// <param name="Edit">The edit, when the input is valid.</param>
/// <param name="Errors">Field name → messages; empty when valid.</param>
public sealed record EditCheck(CurationEdit? Edit, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>Whether the input may be appended.</summary>
    public bool IsValid => Edit is not null && Errors.Count == 0;
}
