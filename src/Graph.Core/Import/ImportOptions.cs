namespace Graph.Core.Import;

/// <summary>How an import runs.</summary>
/// <param name="Format">The format of every file, or <see cref="ImportFormat.Auto"/> to detect each.</param>
/// <param name="Limits">Archive bounds.</param>
/// <param name="BatchSize">Reports written per transaction.</param>
/// <param name="Workers">Extraction threads; all cores by default.</param>
/// <param name="MaxListedRefusals">Refusals kept with their reason; later ones are only counted.</param>
public sealed record ImportOptions(
    ImportFormat Format = ImportFormat.Auto,
    ImportLimits? Limits = null,
    int BatchSize = 500,
    int Workers = 0,
    int MaxListedRefusals = 1000)
{
    /// <summary>
    /// Reports a transaction for a bulk load whose events are linked at its end, when no size is asked for: no
    /// server writes meanwhile, so the write lock may be held longer, and fewer, larger transactions change each
    /// page of the tallies fewer times (at 40,000 generated reports, 1.43 rather than 7.8 GB written for 500).
    /// </summary>
    public const int BulkBatchSize = 5000;

    /// <summary>Archive bounds in force.</summary>
    public ImportLimits EffectiveLimits => Limits ?? ImportLimits.Default;

    /// <summary>Extraction threads in force.</summary>
    public int EffectiveWorkers => Workers > 0 ? Workers : Environment.ProcessorCount;
}
