namespace Graph.Core.Storage.Sqlite;

/// <summary>
/// The store's tables as a list of migrations: entry <c>i</c> takes a file from version <c>i</c> to
/// <c>i + 1</c>. A file records the version it has reached in <c>schema_version</c>, so opening it
/// runs only the migrations it lacks. Later changes are appended, never edited in place.
/// </summary>
internal static class Schema
{
    public const string VersionTable = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)";

    public static IReadOnlyList<string> Migrations { get; } = [ReportsActorsEvents, ReportLanguage];

    /// <summary>The version a file has once every migration has run.</summary>
    public static int Version => Migrations.Count;

    // Issue 17: the language a report is written in (ISO 639-1); reports stored before it were read as English.
    private const string ReportLanguage = "ALTER TABLE reports ADD COLUMN language TEXT NOT NULL DEFAULT 'en'";

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
}
