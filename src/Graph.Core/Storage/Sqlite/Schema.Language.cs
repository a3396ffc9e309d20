namespace Graph.Core.Storage.Sqlite;

/// <summary>Migration 4 (issue 17, languages): the language each report is written in.</summary>
internal static partial class Schema
{
    // An ISO 639-1 code; every report stored before this migration was read as English, which the default says.
    private const string ReportLanguage = "ALTER TABLE reports ADD COLUMN language TEXT NOT NULL DEFAULT 'en'";
}
