namespace Graph.Web.Snapshots;

/// <summary>A snapshot as the API shows it.</summary>
/// <param name="Hash">Its SHA-256 name.</param>
/// <param name="Created">When it was first frozen (UTC).</param>
/// <param name="Author">Who froze it.</param>
/// <param name="ExtractionVersion">The extraction the events were read with.</param>
/// <param name="SoftwareVersion">The version of Graph that froze it.</param>
/// <param name="Reports">Reports it holds.</param>
/// <param name="Edits">Curation edits it holds.</param>
/// <param name="Share">The page link that pins it.</param>
/// <param name="Archive">Where its archive is downloaded (add view and filters to its query).</param>
public sealed record SnapshotDto(string Hash, DateTimeOffset Created, string Author, string ExtractionVersion, string SoftwareVersion, int Reports, int Edits, string Share, string Archive)
{
    public static SnapshotDto From(Core.Snapshots.SnapshotInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new(info.Hash, info.Created, info.Author, info.ExtractionVersion, info.SoftwareVersion, info.Reports, info.Edits,
            $"/?snapshot={info.Hash}", $"/api/snapshots/{info.Hash}/archive");
    }
}
