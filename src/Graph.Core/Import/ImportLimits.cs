namespace Graph.Core.Import;

/// <summary>
/// Bounds on archives, checked from the archive's directory before any entry is read, and again on
/// the bytes actually inflated, so a hostile archive is refused before it fills memory or disk.
/// </summary>
/// <param name="MaxArchiveEntries">Most entries one archive may hold.</param>
/// <param name="MaxUncompressedBytes">Most bytes one archive may inflate to, all entries together.</param>
/// <param name="MaxNestedArchiveBytes">Largest archive inside an archive (read into memory to open it).</param>
public sealed record ImportLimits(
    int MaxArchiveEntries = 100_000,
    long MaxUncompressedBytes = 4L * 1024 * 1024 * 1024,
    long MaxNestedArchiveBytes = 256L * 1024 * 1024)
{
    /// <summary>The limits used when none are given.</summary>
    public static ImportLimits Default { get; } = new();
}
