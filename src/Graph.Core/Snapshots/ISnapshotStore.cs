namespace Graph.Core.Snapshots;

/// <summary>Where frozen snapshots are kept, by hash. A snapshot is written once and never changed.</summary>
public interface ISnapshotStore
{
    /// <summary>Keeps a snapshot; false when one with the same hash is kept already (it is left as it was).</summary>
    bool SaveSnapshot(SnapshotInfo info, FrozenDataset dataset);

    /// <summary>A snapshot's description, or null when no snapshot has this hash.</summary>
    SnapshotInfo? FindSnapshot(string hash);

    /// <summary>A snapshot's frozen dataset, or null when no snapshot has this hash.</summary>
    FrozenDataset? LoadSnapshot(string hash);

    /// <summary>Every snapshot, newest first.</summary>
    IReadOnlyList<SnapshotInfo> ListSnapshots();
}
