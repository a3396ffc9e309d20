namespace Graph.Core.Storage.Sqlite;

/// <summary>Migration (issue 14, curation and snapshots): the append-only edit log and the frozen snapshots.</summary>
internal static partial class Schema
{
    // Edits are never updated or deleted; an undo is one more row. A snapshot keeps its frozen dataset
    // (gzip JSON) under the SHA-256 that names it, so it reads the same after new reports arrive.
    private const string CurationAndSnapshots = """
        CREATE TABLE IF NOT EXISTS edits (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at  TEXT NOT NULL,
            author      TEXT NOT NULL,
            reason      TEXT NOT NULL,
            kind        TEXT NOT NULL,
            body        TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS snapshots (
            hash                TEXT PRIMARY KEY,
            created_at          TEXT NOT NULL,
            author              TEXT NOT NULL,
            extraction_version  TEXT NOT NULL,
            software_version    TEXT NOT NULL,
            reports             INTEGER NOT NULL,
            edits               INTEGER NOT NULL,
            dataset             BLOB NOT NULL
        );
        """;
}
