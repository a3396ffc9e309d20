using Microsoft.Data.Sqlite;

namespace Graph.Core.Storage.Sqlite;

/// <summary>
/// Gives a store's free pages back to the file system (SQLite's <c>VACUUM</c>): a file keeps the pages that
/// deleted rows or a migration's rebuilt tables left, and reuses them only as later writes need space.
/// </summary>
public static class SqliteCompaction
{
    /// <summary>What a compaction did: the file's size before and after, and the free pages it returned.</summary>
    public sealed record Outcome(long BytesBefore, long BytesAfter, long FreePagesBefore, long Reports);

    /// <summary>Rewrites <paramref name="file"/> without its free pages and checks it.</summary>
    /// <exception cref="FileNotFoundException">No file there.</exception>
    /// <exception cref="InvalidDataException">The file is not a Graph database, or fails SQLite's integrity check.</exception>
    /// <exception cref="SqliteException">Another connection holds the database (a running server), or the disk is full.</exception>
    public static Outcome Compact(string file)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"No database at {file}.", file);
        }

        SqliteBackup.Check(file);
        long before, free;
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString()))
        {
            connection.Open();
            free = Pragma(connection, "freelist_count");
            before = Pragma(connection, "page_count") * Pragma(connection, "page_size");
            using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM";
            vacuum.ExecuteNonQuery();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }

        var reports = SqliteBackup.Check(file);
        return new Outcome(before, new FileInfo(file).Length, free, reports);
    }

    private static long Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (long)command.ExecuteScalar()!;
    }
}
