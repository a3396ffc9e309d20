namespace Graph.Web.Imports;

/// <summary>The <c>Graph:Imports</c> configuration section: bounds on uploads and the archives in them.</summary>
public sealed class ImportLimitsOptions
{
    /// <summary>Largest upload accepted, all files together, in bytes (default 256 MiB).</summary>
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Most entries one uploaded archive may hold.</summary>
    public int MaxArchiveEntries { get; set; } = 20_000;

    /// <summary>Most bytes one uploaded archive may inflate to (default 1 GiB).</summary>
    public long MaxUncompressedBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Finished imports remembered for <c>GET /api/imports/{id}</c>.</summary>
    public int RememberedImports { get; set; } = 200;
}
