namespace Graph.Core.Storage.Postgres;

/// <summary>Migration 3 (issue 17, languages), as SQLite's migration 4: the language each report is written in.</summary>
internal static partial class PostgresSchema
{
    // An ISO 639-1 code; every report stored before this migration was read as English, which the default says.
    private const string ReportLanguage = "ALTER TABLE reports ADD COLUMN IF NOT EXISTS language TEXT NOT NULL DEFAULT 'en'";
}
