using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>compact [--db FILE]</c>: returns a SQLite store's free pages to the file system (after a migration that
/// rebuilt tables, or many deletions). SQLite takes the write lock for it, so a running server's writes wait
/// meanwhile; when the lock cannot be had, nothing is changed and the message says so.
/// </summary>
internal static class CompactVerb
{
    public static int Run(string[] args)
    {
        var options = VerbOptions.Parse(args, ["db"], "usage: graph compact [--db FILE]");
        var file = StoreLocator.DatabaseFile(options.GetValueOrDefault("db"));
        try
        {
            var done = SqliteCompaction.Compact(file);
            Console.WriteLine($"compacted {file}: {done.BytesBefore} → {done.BytesAfter} bytes ({done.FreePagesBefore} free pages returned), {done.Reports} reports, integrity ok");
            return 0;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            throw new CliException($"{file} is in use by another process (a running server?); stop it and compact again. Nothing was changed.");
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or SqliteException)
        {
            throw new CliException(e.Message);
        }
    }
}
