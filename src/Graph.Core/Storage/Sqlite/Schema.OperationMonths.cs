namespace Graph.Core.Storage.Sqlite;

/// <summary>Migration (issue 10, bytes per report): an operation's copy of its tallies keeps its month rows only.</summary>
internal static partial class Schema
{
    /// <summary>The version a file has once its operation copies keep month rows only.</summary>
    public static int OperationMonthsVersion => Migrations.ToList().IndexOf(OperationMonths) + 1;

    // Every row an operation gives lies in one month, and a row over every crime area there has an all-time
    // twin with the same counts: the linker makes the twin again where it reads the copy, so the copy drops
    // it (half its rows). Its index puts the period last, so the month rows of every operation counting an
    // all-time row are found by one range. The rows are copied in key order into a new table, so its pages are
    // full; a file that has already dropped its twins copies the same rows again.
    private const string OperationMonths = """
        CREATE TABLE operation_counts (
            operation_id  INTEGER NOT NULL,
            projection INTEGER NOT NULL, crime_area INTEGER NOT NULL, period INTEGER NOT NULL, source INTEGER NOT NULL, target INTEGER NOT NULL, reports INTEGER NOT NULL, events INTEGER NOT NULL, led INTEGER NOT NULL, newman REAL NOT NULL, first_date INTEGER NOT NULL, first_key INTEGER NOT NULL,
            PRIMARY KEY (operation_id, projection, crime_area, period, source, target)
        ) WITHOUT ROWID;
        INSERT INTO operation_counts
            SELECT operation_id, projection, crime_area, period, source, target, reports, events, led, newman, first_date, first_key
            FROM operation_tallies WHERE period <> -1 ORDER BY operation_id, projection, crime_area, period, source, target;
        DROP TABLE operation_tallies;
        ALTER TABLE operation_counts RENAME TO operation_tallies;
        CREATE INDEX ix_operation_tallies_key ON operation_tallies(projection, crime_area, source, target, period);
        """;
}
