namespace Graph.Core.Import;

/// <summary>How far an import has come; the last one is its summary.</summary>
/// <param name="Read">Items read from the files: reports, refusals and skipped rows.</param>
/// <param name="Stored">Reports stored by this import.</param>
/// <param name="AlreadyStored">Reports found already stored (same text, or the same coded event).</param>
/// <param name="Refused">Items not stored, each with a reason in the refusals.</param>
/// <param name="Skipped">Rows passed over on purpose (GDELT events that are no cooperation between two countries).</param>
/// <param name="BytesRead">Bytes of the input files read so far.</param>
/// <param name="BytesTotal">Bytes of all input files.</param>
/// <param name="CurrentFile">The file being read, or null.</param>
public sealed record ImportProgress(
    long Read,
    long Stored,
    long AlreadyStored,
    long Refused,
    long Skipped,
    long BytesRead,
    long BytesTotal,
    string? CurrentFile)
{
    /// <summary>Nothing read yet.</summary>
    public static ImportProgress None { get; } = new(0, 0, 0, 0, 0, 0, 0, null);

    /// <summary>Share of the input read, 0 to 1.</summary>
    public double Fraction => BytesTotal <= 0 ? 0 : Math.Clamp((double)BytesRead / BytesTotal, 0, 1);
}
