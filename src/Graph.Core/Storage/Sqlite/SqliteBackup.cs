using Microsoft.Data.Sqlite;

namespace Graph.Core.Storage.Sqlite;

/// <summary>
/// Consistent copies of a live store through SQLite's online backup API: the copy is the database
/// as of one committed moment, even while a server keeps writing (in WAL mode writers are not
/// blocked by the reader the backup holds), unlike a file copy, which can catch a half-written page
/// or miss what still sits in the <c>-wal</c> file.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Copies the database at <paramref name="sourceFile"/> into <paramref name="targetFile"/> and checks the copy.</summary>
    /// <returns>The number of reports in the copy.</returns>
    /// <exception cref="InvalidDataException">The source is not a Graph database, or the copy fails SQLite's integrity check.</exception>
    public static long Copy(string sourceFile, string targetFile)
    {
        if (!File.Exists(sourceFile))
        {
            throw new FileNotFoundException($"No database at {sourceFile}.", sourceFile);
        }

        if (Path.GetFullPath(sourceFile) == Path.GetFullPath(targetFile))
        {
            throw new ArgumentException("The copy must go to another file than its source.", nameof(targetFile));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetFile))!);
        using (var source = Open(sourceFile, SqliteOpenMode.ReadOnly))
        using (var target = Open(targetFile, SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(target);
        }

        return Check(targetFile);
    }

    /// <summary>
    /// Runs <c>PRAGMA integrity_check</c> and counts the reports.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is damaged or holds no <c>reports</c> table.</exception>
    public static long Check(string file)
    {
        using var connection = Open(file, SqliteOpenMode.ReadOnly);
        using var integrity = connection.CreateCommand();
        integrity.CommandText = "PRAGMA integrity_check";
        var verdict = integrity.ExecuteScalar() as string;
        if (verdict != "ok")
        {
            throw new InvalidDataException($"{file} fails SQLite's integrity check: {verdict}");
        }

        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM reports";
        try
        {
            return (long)count.ExecuteScalar()!;
        }
        catch (SqliteException e)
        {
            throw new InvalidDataException($"{file} is not a Graph database: {e.Message}", e);
        }
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        // Unpooled: a backup is a one-off, and a pooled handle would keep the file open afterwards.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
