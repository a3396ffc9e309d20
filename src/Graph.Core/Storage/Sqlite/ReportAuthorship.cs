using Microsoft.Data.Sqlite;

namespace Graph.Core.Storage.Sqlite;

/// <summary>
/// Gives the <c>reports</c> table an <c>author</c> column (the name of the API key, or of the tool, that
/// wrote the report). Kept apart from <see cref="Schema"/>'s numbered migrations so it can land on its
/// own: it checks the table and adds the column only where it is missing, so it is safe to run on every open.
/// </summary>
internal static class ReportAuthorship
{
    public static void Ensure(SqliteConnection connection)
    {
        using var probe = connection.CreateCommand();
        probe.CommandText = "SELECT COUNT(*) FROM pragma_table_info('reports') WHERE name = 'author'";
        if (Convert.ToInt64(probe.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
        {
            return;
        }

        using var alter = connection.CreateCommand();
        alter.CommandText = "ALTER TABLE reports ADD COLUMN author TEXT";
        alter.ExecuteNonQuery();
    }
}
