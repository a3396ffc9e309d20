using System.Data.Common;
using System.Globalization;
using Graph.Core.Snapshots;

namespace Graph.Core.Storage.Relational;

/// <summary>Frozen snapshots, kept in the <c>snapshots</c> table by hash and never changed.</summary>
public abstract partial class RelationalReportStore : ISnapshotStore
{
    private const string InfoColumns = "hash, created_at, author, extraction_version, software_version, reports, edits";

    /// <inheritdoc />
    public bool SaveSnapshot(SnapshotInfo info, FrozenDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(dataset);
        var bytes = FrozenDatasetFile.Write(dataset);
        return Write(session => session.Scalar<string?>($"""
            INSERT INTO snapshots ({InfoColumns}, dataset) VALUES (@hash, @created, @author, @extraction, @software, @reports, @edits, @dataset)
            ON CONFLICT (hash) DO NOTHING RETURNING hash
            """,
            ("@hash", info.Hash), ("@created", info.Created.ToString("O", CultureInfo.InvariantCulture)), ("@author", info.Author),
            ("@extraction", info.ExtractionVersion), ("@software", info.SoftwareVersion), ("@reports", info.Reports), ("@edits", info.Edits),
            ("@dataset", bytes)) is not null, _ => false);
    }

    /// <inheritdoc />
    public SnapshotInfo? FindSnapshot(string hash)
    {
        using var connection = Open();
        return Sql.Read(connection, $"SELECT {InfoColumns} FROM snapshots WHERE hash = @hash", ReadInfo, ("@hash", hash)).FirstOrDefault();
    }

    /// <inheritdoc />
    public FrozenDataset? LoadSnapshot(string hash)
    {
        using var connection = Open();
        var bytes = Sql.Read(connection, "SELECT dataset FROM snapshots WHERE hash = @hash", r => (byte[])r.GetValue(0), ("@hash", hash));
        return bytes.Count == 0 ? null : FrozenDatasetFile.Read(bytes[0]);
    }

    /// <inheritdoc />
    public IReadOnlyList<SnapshotInfo> ListSnapshots()
    {
        using var connection = Open();
        return Sql.Read(connection, $"SELECT {InfoColumns} FROM snapshots ORDER BY created_at DESC", ReadInfo);
    }

    private static SnapshotInfo ReadInfo(DbDataReader r) => new(
        r.GetString(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), r.GetString(2), r.GetString(3), r.GetString(4), Sql.Int(r, 5), Sql.Int(r, 6));
}
