namespace Graph.Core.Storage.Postgres;

/// <summary>Issue 10 (the write path), as SQLite's write-path migration.</summary>
internal static partial class PostgresSchema
{
    // Operations of one event keep no copy of their tallies, sentences are read from the report's text: see the SQLite migration.
    private const string WritePath = """
        DELETE FROM operation_tallies WHERE operation_id IN (SELECT operation_id FROM operation_events GROUP BY operation_id HAVING COUNT(*) = 1);
        CREATE INDEX IF NOT EXISTS ix_operation_events_date ON operation_events(date);
        ALTER TABLE mentions DROP COLUMN sentence;
        ALTER TABLE participations DROP COLUMN sentence;
        """;
}
