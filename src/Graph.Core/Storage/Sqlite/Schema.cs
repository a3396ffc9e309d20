namespace Graph.Core.Storage.Sqlite;

/// <summary>
/// The store's tables as a list of migrations: entry <c>i</c> takes a file from version <c>i</c> to
/// <c>i + 1</c>. A file records the version it has reached in <c>schema_version</c>, so opening it
/// runs only the migrations it lacks. Later changes are appended, never edited in place.
/// </summary>
internal static partial class Schema
{
    public const string VersionTable = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)";

    // Migration 2 (source kinds, coded events) landed on main before the tallies did, so the tallies
    // come third: a file main wrote at version 2 gains them here and has them rebuilt.
    public static IReadOnlyList<string> Migrations { get; } = [ReportsActorsEvents, SourceKindAndCodedEvents, Tallies, ReportLanguage, Operations, CurationAndSnapshots, TallyNames, WritePath, NodeTotals, TallyBytes, OperationMonths, MentionSurfaces, ReportDates, PendingLinks];

    /// <summary>The version from which the tallies exist; a file migrated to it has them rebuilt from its participations.</summary>
    public const int TalliesVersion = 3;

    /// <summary>The version a file has once every migration has run.</summary>
    public static int Version => Migrations.Count;

    private const string ReportsActorsEvents = """
        CREATE TABLE IF NOT EXISTS reports (
            id            INTEGER PRIMARY KEY,
            title         TEXT NOT NULL,
            url           TEXT,
            date          TEXT,
            text          TEXT NOT NULL,
            content_hash  TEXT NOT NULL UNIQUE,
            created_at    TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS actors (
            id            TEXT PRIMARY KEY,
            kind          TEXT NOT NULL CHECK (kind IN ('country', 'agency')),
            name          TEXT NOT NULL,
            country_code  TEXT
        );

        CREATE TABLE IF NOT EXISTS actor_aliases (
            actor_id  TEXT NOT NULL REFERENCES actors(id),
            alias     TEXT NOT NULL,
            folded    TEXT NOT NULL,
            PRIMARY KEY (actor_id, alias)
        );

        CREATE TABLE IF NOT EXISTS mentions (
            id               INTEGER PRIMARY KEY,
            report_id        INTEGER NOT NULL REFERENCES reports(id),
            actor_id         TEXT NOT NULL REFERENCES actors(id),
            surface          TEXT NOT NULL,
            start            INTEGER NOT NULL,
            length           INTEGER NOT NULL,
            sentence_start   INTEGER NOT NULL,
            sentence_length  INTEGER NOT NULL,
            sentence         TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS events (
            id          INTEGER PRIMARY KEY,
            report_id   INTEGER NOT NULL REFERENCES reports(id),
            name        TEXT,
            crime_area  TEXT,
            figures     TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS participations (
            event_id         INTEGER NOT NULL REFERENCES events(id),
            actor_id         TEXT NOT NULL REFERENCES actors(id),
            role             TEXT NOT NULL CHECK (role IN ('lead', 'participant')),
            sentence_start   INTEGER NOT NULL,
            sentence_length  INTEGER NOT NULL,
            sentence         TEXT NOT NULL,
            PRIMARY KEY (event_id, actor_id)
        );

        CREATE INDEX IF NOT EXISTS ix_mentions_actor ON mentions(actor_id);
        CREATE INDEX IF NOT EXISTS ix_mentions_report ON mentions(report_id);
        CREATE INDEX IF NOT EXISTS ix_events_report ON events(report_id);
        CREATE INDEX IF NOT EXISTS ix_aliases_folded ON actor_aliases(folded);
        """;

    // Aggregates kept at write time (see RelationalReportStore.Tallies) and the version number that
    // tells readers something changed. WITHOUT ROWID: the key is the row, so no second copy of it.
    private const string Tallies = """
        CREATE TABLE IF NOT EXISTS store_version (version INTEGER NOT NULL);
        INSERT INTO store_version (version) SELECT COUNT(*) FROM reports;

        CREATE TABLE IF NOT EXISTS node_tallies (
            projection  TEXT NOT NULL,
            crime_area  TEXT NOT NULL,
            period      TEXT NOT NULL,
            node        TEXT NOT NULL,
            reports     INTEGER NOT NULL,
            events      INTEGER NOT NULL,
            first_date  TEXT NOT NULL,
            first_key   INTEGER NOT NULL,
            PRIMARY KEY (projection, crime_area, period, node)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS edge_tallies (
            projection  TEXT NOT NULL,
            crime_area  TEXT NOT NULL,
            period      TEXT NOT NULL,
            source      TEXT NOT NULL,
            target      TEXT NOT NULL,
            reports     INTEGER NOT NULL,
            events      INTEGER NOT NULL,
            led         INTEGER NOT NULL,
            newman      REAL NOT NULL,
            first_date  TEXT NOT NULL,
            first_key   INTEGER NOT NULL,
            PRIMARY KEY (projection, crime_area, period, source, target)
        ) WITHOUT ROWID;

        CREATE INDEX IF NOT EXISTS ix_participations_actor ON participations(actor_id, event_id);
        """;
}
