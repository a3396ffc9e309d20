namespace Graph.Core.Storage.Sqlite;

/// <summary>Migration (issue 10, bytes per report): tally months and dates as smaller numbers, no Newman share counted by operation.</summary>
internal static partial class Schema
{
    // A month yyyyMM (three bytes in a record) becomes year * 12 + month - 1 (two), a date yyyyMMdd (four)
    // its day from 2000-01-01 (two): see TallyCodes. The operations: rows drop their Newman share (eight
    // bytes a row), which no reader weights by. Each table is copied in key order into a new one, so the
    // copy's pages are full; link_totals' triggers and the operation tallies' index go with the old
    // tables and are made again. A value already in the new form (a month code stays under 100000, a day
    // under 10000000 for every year a report can carry) is kept, so the migration can be replayed.
    private static string TallyBytes => $"""
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
            SELECT projection, crime_area, {MonthCode}, node, reports, events, {DayCode}, first_key, sources
            FROM node_tallies ORDER BY projection, crime_area, period, node;
        DROP TABLE node_tallies;
        ALTER TABLE node_counts RENAME TO node_tallies;

        CREATE TABLE edge_counts (
            {EdgeColumns}
            sources     INTEGER NOT NULL,
            PRIMARY KEY (projection, crime_area, period, source, target)
        ) WITHOUT ROWID;
        INSERT INTO edge_counts
            SELECT projection, crime_area, {MonthCode}, source, target, reports, events, led,
                CASE WHEN projection IN {OperationViews} THEN 0 ELSE newman END, {DayCode}, first_key, sources
            FROM edge_tallies ORDER BY projection, crime_area, period, source, target;
        DROP TABLE edge_tallies;
        ALTER TABLE edge_counts RENAME TO edge_tallies;
        UPDATE link_totals SET newman = 0 WHERE projection IN {OperationViews};

        CREATE TABLE operation_counts (
            operation_id  INTEGER NOT NULL,
            {EdgeColumns}
            PRIMARY KEY (operation_id, projection, crime_area, period, source, target)
        ) WITHOUT ROWID;
        INSERT INTO operation_counts
            SELECT operation_id, projection, crime_area, {MonthCode}, source, target, reports, events, led, 0, {DayCode}, first_key
            FROM operation_tallies ORDER BY operation_id, projection, crime_area, period, source, target;
        DROP TABLE operation_tallies;
        ALTER TABLE operation_counts RENAME TO operation_tallies;
        CREATE INDEX ix_operation_tallies_key ON operation_tallies(projection, crime_area, period, source, target);

        """ + LinkTotalsTriggers;

    // The columns an edge row and an operation's edge row share, as the TallyNames migration made them.
    private const string EdgeColumns = "projection INTEGER NOT NULL, crime_area INTEGER NOT NULL, period INTEGER NOT NULL, source INTEGER NOT NULL, "
        + "target INTEGER NOT NULL, reports INTEGER NOT NULL, events INTEGER NOT NULL, led INTEGER NOT NULL, newman REAL NOT NULL, "
        + "first_date INTEGER NOT NULL, first_key INTEGER NOT NULL,";

    private const string OperationViews = "(SELECT id FROM tally_names WHERE name LIKE 'operations:%')";

    private const string MonthCode = "CASE WHEN period >= 100000 THEN (period / 100 * 12) + (period % 100) - 1 ELSE period END";

    private const string DayCode = "CASE WHEN first_date >= 10000000 THEN CAST(julianday(printf('%04d-%02d-%02d', first_date / 10000, first_date / 100 % 100, first_date % 100)) "
        + "- julianday('2000-01-01') AS INTEGER) ELSE first_date END";
}
