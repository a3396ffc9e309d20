namespace Graph.Core.Storage.Postgres;

/// <summary>Issue 10 (bytes per report), as SQLite's migration of the same name: an operation's copy keeps its month rows only.</summary>
internal static partial class PostgresSchema
{
    // The all-time twins of an operation's month rows go (the linker makes them again where it reads the
    // copy), and the index puts the period last, so an all-time row's copies are one range of it.
    private const string OperationMonths = """
        DELETE FROM operation_tallies WHERE period = -1;
        DROP INDEX IF EXISTS ix_operation_tallies_key;
        CREATE INDEX ix_operation_tallies_key ON operation_tallies(projection, crime_area, source, target, period);
        """;
}
