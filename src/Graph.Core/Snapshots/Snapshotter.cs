using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Graph.Core.Curation;
using Graph.Core.Storage;

namespace Graph.Core.Snapshots;

/// <summary>
/// Freezes the store's dataset under a content hash: the reports (ids and content hashes), the
/// extraction version and the edits made so far. Freezing what is already frozen gives the same hash
/// and keeps the first snapshot, so a citation names its data however often it is frozen.
/// </summary>
public static class Snapshotter
{
    /// <summary>Freezes the dataset; <c>Created</c> is false when the same snapshot existed already.</summary>
    /// <example><code>var (info, _) = Snapshotter.Freeze(store, (ISnapshotStore)store, (IEditLog)store, "cli");</code></example>
    public static (SnapshotInfo Info, bool Created) Freeze(IReportStore store, ISnapshotStore snapshots, IEditLog log, string author)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(log);
        var edits = log.ReadEdits();
        var extracted = store.LoadDataset(new EventQuery(Uncurated: true));
        var lastEdit = edits.Count == 0 ? 0 : edits[^1].Id;
        var frozen = new FrozenDataset(extracted.Actors, extracted.Reports, extracted.Events, [.. edits.Where(e => e.Id <= lastEdit)]);
        var hash = Hash(frozen, Versions.Extraction);
        if (snapshots.FindSnapshot(hash) is { } known)
        {
            return (known, false);
        }

        var info = new SnapshotInfo(hash, DateTimeOffset.UtcNow, author, Versions.Extraction, Versions.Software, frozen.Reports.Count, frozen.Edits.Count);
        var created = snapshots.SaveSnapshot(info, frozen);
        return (created ? info : snapshots.FindSnapshot(hash)!, created);
    }

    /// <summary>SHA-256 (hex) over the frozen reports' ids and content hashes, the extraction version and every edit.</summary>
    public static string Hash(FrozenDataset frozen, string extractionVersion)
    {
        ArgumentNullException.ThrowIfNull(frozen);
        var text = new StringBuilder("graph-snapshot 1\n").Append("extraction ").Append(extractionVersion).Append('\n');
        foreach (var report in frozen.Reports.OrderBy(r => r.Id))
        {
            text.Append(CultureInfo.InvariantCulture, $"report {report.Id} {report.ContentHash}\n");
        }

        foreach (var edit in frozen.Edits)
        {
            text.Append(CultureInfo.InvariantCulture, $"edit {edit.Id} {edit.Time:O} {edit.Author}\n{EditJson.Write(edit.Edit)}\n{edit.Reason}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Whether text looks like a snapshot hash (64 lower-case hex digits).</summary>
    public static bool IsHash(string? text) =>
        text is { Length: 64 } && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
