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
    /// <summary>Archive bounds in force.</summary>
    public ImportLimits EffectiveLimits => Limits ?? ImportLimits.Default;

    /// <summary>Extraction threads in force.</summary>
    public int EffectiveWorkers => Workers > 0 ? Workers : Environment.ProcessorCount;
}
