using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>backup --db FILE --out FILE</c>: a consistent copy of a live database through SQLite's online
/// backup API, safe while the server keeps writing; the copy is integrity-checked before it is reported.
/// </summary>
internal static class BackupVerb
{
    public static int Run(string[] args)
    {
        var options = VerbOptions.Parse(args, ["db", "out"], "usage: graph backup [--db FILE] --out FILE");
        var source = StoreLocator.DatabaseFile(options.GetValueOrDefault("db"));
        var target = options.GetValueOrDefault("out") ?? throw new CliException("usage: graph backup [--db FILE] --out FILE (--out is required)");
        if (File.Exists(target))
        {
            throw new CliException($"{target} exists already; a backup never overwrites a file, choose a new name.");
        }

        try
        {
            var reports = SqliteBackup.Copy(source, target);
            Console.WriteLine($"backed up {source} to {target}: {reports} reports, {new FileInfo(target).Length} bytes, integrity ok");
            return 0;
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or SqliteException or ArgumentException)
        {
            throw new CliException(e.Message);
        }
    }
}
