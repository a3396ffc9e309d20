namespace Graph.Core.Storage.Sqlite;

/// <summary>Migration (issue 10, bytes per report): a mention keeps where it is in its report, not a copy of its words.</summary>
internal static partial class Schema
{
    // No reader ever asked for a mention's surface form (the words are in the report's text at its offsets,
    // and the actor's names are in actor_aliases): about 170 bytes a report. The table is copied without
    // it (ALTER TABLE ... DROP COLUMN would leave every page part empty, and could not be replayed on a
    // file that has already dropped it), and its two indexes are made again.
    private const string MentionSurfaces = """
        CREATE TABLE mention_rows (
            id               INTEGER PRIMARY KEY,
            report_id        INTEGER NOT NULL REFERENCES reports(id),
            actor_id         TEXT NOT NULL REFERENCES actors(id),
            start            INTEGER NOT NULL,
            length           INTEGER NOT NULL,
            sentence_start   INTEGER NOT NULL,
            sentence_length  INTEGER NOT NULL
        );
        INSERT INTO mention_rows (id, report_id, actor_id, start, length, sentence_start, sentence_length)
            SELECT id, report_id, actor_id, start, length, sentence_start, sentence_length FROM mentions ORDER BY id;
        DROP TABLE mentions;
        ALTER TABLE mention_rows RENAME TO mentions;
        CREATE INDEX ix_mentions_actor ON mentions(actor_id);
        CREATE INDEX ix_mentions_report ON mentions(report_id);
        """;
}
