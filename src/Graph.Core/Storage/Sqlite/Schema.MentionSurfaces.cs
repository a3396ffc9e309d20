namespace Graph.Core.Storage.Sqlite;

/// <summary>Migration (issue 10, bytes per report): a mention keeps where it is in its report, not a copy of its words.</summary>
internal static partial class Schema
{
    // No reader ever asked for a mention's surface form (the words are in the report's text at its offsets,
    // and the actor's names are in actor_aliases): about 170 bytes a report. SQLite rewrites every row
    // without it; the pages it leaves part empty go back with `graph compact`.
    private const string MentionSurfaces = """
        ALTER TABLE mentions DROP COLUMN surface;
        """;
}
