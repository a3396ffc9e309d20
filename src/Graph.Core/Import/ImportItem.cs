using Graph.Core.Storage;

namespace Graph.Core.Import;

/// <summary>
/// One thing a reader found in a file: a report to store, a refusal with its reason, or a row passed
/// over on purpose (a GDELT event that is no cooperation between two countries).
/// </summary>
/// <param name="File">The file (or archive entry) it came from.</param>
/// <param name="Place">Where in the file: "line 12", "item 3", or empty for the whole file.</param>
/// <param name="Submission">The report, when there is one.</param>
/// <param name="Refusal">Why it was refused, when it was.</param>
public sealed record ImportItem(string File, string Place, ReportSubmission? Submission, string? Refusal)
{
    /// <summary>Whether the reader passed the row over without refusing it.</summary>
    public bool IsSkipped => Submission is null && Refusal is null;

    /// <summary>A report to store.</summary>
    public static ImportItem Report(string file, string place, ReportSubmission submission) => new(file, place, submission, null);

    /// <summary>Something that cannot become a report, and why.</summary>
    public static ImportItem Refused(string file, string place, string reason) => new(file, place, null, reason);

    /// <summary>A row deliberately not imported.</summary>
    public static ImportItem Skipped(string file, string place) => new(file, place, null, null);
}
