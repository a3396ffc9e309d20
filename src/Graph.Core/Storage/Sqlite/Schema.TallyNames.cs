namespace Graph.Core.Storage.Sqlite;

/// <summary>Migration (issue 10, bytes per report): tally keys stored as small integers.</summary>
internal static partial class Schema
{
    // Every tally row repeated its view, crime area and node names as text in its key (and in the
    // operation tallies' second index): most of the file. Names now live once in tally_names and rows
    // refer to them by id; months and dates are whole numbers (yyyyMM, yyyyMMdd; all time -1, undated 0)
    // that sort as the text did. Existing rows are converted, not recounted.
    private static string TallyNames => $"""
        CREATE TABLE IF NOT EXISTS tally_names (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        INSERT INTO tally_names (name)
            SELECT name FROM (
                SELECT projection AS name FROM node_tallies UNION SELECT crime_area FROM node_tallies UNION SELECT node FROM node_tallies
                UNION SELECT projection FROM edge_tallies UNION SELECT crime_area FROM edge_tallies
                UNION SELECT source FROM edge_tallies UNION SELECT target FROM edge_tallies
                UNION SELECT projection FROM operation_tallies UNION SELECT crime_area FROM operation_tallies
                UNION SELECT source FROM operation_tallies UNION SELECT target FROM operation_tallies) AS n
            WHERE typeof(name) = 'text' AND name NOT IN (SELECT name FROM tally_names);

        CREATE TABLE node_counts (
            projection  INTEGER NOT NULL,
            crime_area  INTEGER NOT NULL,
            period      INTEGER NOT NULL,
            node        INTEGER NOT NULL,
            reports     INTEGER NOT NULL,
            events      INTEGER NOT NULL,
            first_date  INTEGER NOT NULL,
            first_key   INTEGER NOT NULL,
            sources     INTEGER NOT NULL,
            PRIMARY KEY (projection, crime_area, period, node)
        ) WITHOUT ROWID;
        INSERT INTO node_counts
            SELECT {TallyId("projection")}, {TallyId("crime_area")}, {TallyPeriod}, {TallyId("node")}, reports, events, {TallyDate}, first_key, sources FROM node_tallies;
        DROP TABLE node_tallies;
        ALTER TABLE node_counts RENAME TO node_tallies;

        CREATE TABLE edge_counts (
            projection  INTEGER NOT NULL,
            crime_area  INTEGER NOT NULL,
            period      INTEGER NOT NULL,
            source      INTEGER NOT NULL,
            target      INTEGER NOT NULL,
            reports     INTEGER NOT NULL,
            events      INTEGER NOT NULL,
            led         INTEGER NOT NULL,
            newman      REAL NOT NULL,
            first_date  INTEGER NOT NULL,
            first_key   INTEGER NOT NULL,
            sources     INTEGER NOT NULL,
            PRIMARY KEY (projection, crime_area, period, source, target)
        ) WITHOUT ROWID;
        INSERT INTO edge_counts
            SELECT {TallyId("projection")}, {TallyId("crime_area")}, {TallyPeriod}, {TallyId("source")}, {TallyId("target")}, reports, events, led, newman, {TallyDate}, first_key, sources
            FROM edge_tallies;
        DROP TABLE edge_tallies;
        ALTER TABLE edge_counts RENAME TO edge_tallies;

        CREATE TABLE operation_counts (
            operation_id  INTEGER NOT NULL,
            projection    INTEGER NOT NULL,
            crime_area    INTEGER NOT NULL,
            period        INTEGER NOT NULL,
            source        INTEGER NOT NULL,
            target        INTEGER NOT NULL,
            reports       INTEGER NOT NULL,
            events        INTEGER NOT NULL,
            led           INTEGER NOT NULL,
            newman        REAL NOT NULL,
            first_date    INTEGER NOT NULL,
            first_key     INTEGER NOT NULL,
            PRIMARY KEY (operation_id, projection, crime_area, period, source, target)
        ) WITHOUT ROWID;
        INSERT INTO operation_counts
            SELECT operation_id, {TallyId("projection")}, {TallyId("crime_area")}, {TallyPeriod}, {TallyId("source")}, {TallyId("target")}, reports, events, led, newman, {TallyDate}, first_key
            FROM operation_tallies;
        DROP TABLE operation_tallies;
        ALTER TABLE operation_counts RENAME TO operation_tallies;
        CREATE INDEX ix_operation_tallies_key ON operation_tallies(projection, crime_area, period, source, target);
        """;

    // A value already converted (a file that had this layout before an earlier migration was replayed) stays as it is.
    private const string TallyPeriod = "CASE WHEN typeof(period) = 'integer' THEN period WHEN period = '*' THEN -1 WHEN period = '' THEN 0 "
        + "ELSE CAST(substr(period, 1, 4) || substr(period, 6, 2) AS INTEGER) END";

    private const string TallyDate = "CAST(replace(first_date, '-', '') AS INTEGER)";

    private static string TallyId(string column) =>
        $"CASE WHEN typeof({column}) = 'integer' THEN {column} ELSE (SELECT id FROM tally_names WHERE name = {column}) END";
}
