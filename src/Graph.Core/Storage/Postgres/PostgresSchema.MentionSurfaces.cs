namespace Graph.Core.Storage.Postgres;

/// <summary>Issue 10 (bytes per report), as SQLite's migration of the same name: a mention keeps its offsets, not its words.</summary>
internal static partial class PostgresSchema
{
    private const string MentionSurfaces = """
        ALTER TABLE mentions DROP COLUMN IF EXISTS surface;
        """;
}
