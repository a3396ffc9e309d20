using Graph.Core.Import;

namespace Graph.Web.Imports;

/// <summary>One uploaded import: its files waiting in a folder, then its run, then its result.</summary>
public sealed class ImportJob(Guid id, string folder, IReadOnlyList<string> files)
{
    public Guid Id { get; } = id;

    /// <summary>The folder the upload was saved to; deleted when the import ends.</summary>
    public string Folder { get; } = folder;

    /// <summary>The uploaded files' names.</summary>
    public IReadOnlyList<string> Files { get; } = files;

    public DateTimeOffset Created { get; } = DateTimeOffset.UtcNow;

    /// <summary>queued, running, completed or failed.</summary>
    public string State { get; set; } = "queued";

    public ImportRun? Run { get; set; }

    public ImportResult? Result { get; set; }

    public string? Error { get; set; }
}
