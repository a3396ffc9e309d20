namespace Graph.Core.Storage.Sqlite;

/// <summary>Migration (issue 10, the write path): fewer bytes per report, kept only where a reader needs them.</summary>
internal static partial class Schema
{
    // An operation of one event gives the operations: tallies exactly what its event gives, so it keeps
    // no copy in operation_tallies (the linker counts it again from the event when it must take it back).
    // The index on operation_events(date) finds the lone operations of a month when a first appearance is recounted.
    // A mention's or participation's sentence is read from the report's text by its offsets, not copied into each row.
    private const string WritePath = """
        DELETE FROM operation_tallies WHERE operation_id IN (SELECT operation_id FROM operation_events GROUP BY operation_id HAVING COUNT(*) = 1);
        CREATE INDEX IF NOT EXISTS ix_operation_events_date ON operation_events(date);
        ALTER TABLE mentions DROP COLUMN sentence;
        ALTER TABLE participations DROP COLUMN sentence;
        """;
}
