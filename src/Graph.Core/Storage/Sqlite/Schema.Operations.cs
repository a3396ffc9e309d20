namespace Graph.Core.Storage.Sqlite;

/// <summary>Issue 14 (operations across reports): which operation each event tells, why, and the tallies counted by operation.</summary>
internal static partial class Schema
{
    /// <summary>The version from which operations exist; a file migrated to it has its events linked.</summary>
    public static int OperationsVersion => Migrations.ToList().IndexOf(Operations) + 1;

    // operation_events keeps, beside the link and its reason, the event's date, crime area and name
    // key, so the linker finds candidates by index without reading reports. operation_tallies holds what
    // each operation added to the "operations:" projections of node_tallies and edge_tallies (target ''
    // for a node), so relinking an operation takes back exactly what it gave. "sources" is, on those
    // rows, how many reports tell the operations counted in "reports".
    private const string Operations = """
        CREATE TABLE IF NOT EXISTS operations (
            id          INTEGER PRIMARY KEY,
            first_date  TEXT
        );

        CREATE TABLE IF NOT EXISTS operation_events (
            event_id       INTEGER PRIMARY KEY REFERENCES events(id),
            operation_id   INTEGER NOT NULL REFERENCES operations(id),
            report_id      INTEGER NOT NULL REFERENCES reports(id),
            date           TEXT,
            crime_area     TEXT,
            name_key       TEXT,
            name_block     TEXT,
            rule           TEXT NOT NULL,
            matched_event  INTEGER,
            explanation    TEXT NOT NULL
        );

        CREATE INDEX IF NOT EXISTS ix_operation_events_operation ON operation_events(operation_id);
        CREATE INDEX IF NOT EXISTS ix_operation_events_block ON operation_events(name_block);
        CREATE INDEX IF NOT EXISTS ix_operation_events_key ON operation_events(name_key);
        CREATE INDEX IF NOT EXISTS ix_operation_events_area_date ON operation_events(crime_area, date);

        CREATE TABLE IF NOT EXISTS operation_tallies (
            operation_id  INTEGER NOT NULL,
            projection    TEXT NOT NULL,
            crime_area    TEXT NOT NULL,
            period        TEXT NOT NULL,
            source        TEXT NOT NULL,
            target        TEXT NOT NULL,
            reports       INTEGER NOT NULL,
            events        INTEGER NOT NULL,
            led           INTEGER NOT NULL,
            newman        REAL NOT NULL,
            first_date    TEXT NOT NULL,
            first_key     INTEGER NOT NULL,
            PRIMARY KEY (operation_id, projection, crime_area, period, source, target)
        ) WITHOUT ROWID;

        CREATE INDEX IF NOT EXISTS ix_operation_tallies_key ON operation_tallies(projection, crime_area, period, source, target);

        ALTER TABLE node_tallies ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE edge_tallies ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
        """;
}
