namespace Graph.Core.Storage.Sqlite;

/// <summary>Migration 2 (issue 11, import): each report says where its events come from, and coded events keep their coder's id.</summary>
internal static partial class Schema
{
    // Existing rows were all extracted from prose, which the default says. coded_events holds what a
    // coded event has beyond a report; its global_event_id is unique, so re-importing a GDELT file
    // never stores an event twice.
    private const string SourceKindAndCodedEvents = """
        ALTER TABLE reports ADD COLUMN source_kind TEXT NOT NULL DEFAULT 'report' CHECK (source_kind IN ('report', 'coded'));

        CREATE TABLE IF NOT EXISTS coded_events (
            report_id        INTEGER PRIMARY KEY REFERENCES reports(id),
            coder            TEXT NOT NULL,
            global_event_id  INTEGER NOT NULL,
            event_code       TEXT NOT NULL,
            quad_class       INTEGER NOT NULL,
            goldstein_scale  REAL NOT NULL,
            num_mentions     INTEGER NOT NULL,
            UNIQUE (coder, global_event_id)
        );
        """;
}
