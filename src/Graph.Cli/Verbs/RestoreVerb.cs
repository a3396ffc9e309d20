using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Cli.Verbs;

/// <summary>
/// <c>restore --from BACKUP --db FILE</c>: checks the backup, then writes it over the database through
/// the backup API (which also settles the target's WAL file, unlike copying files over it). Stop the
/// server first: a restore replaces everything it stored since the backup.
/// </summary>
internal static class RestoreVerb
{
    public static int Run(string[] args)
    {
        const string usage = "usage: graph restore --from BACKUP [--db FILE]   (stop the server first)";
        var options = VerbOptions.Parse(args, ["from", "db"], usage);
        var backup = options.GetValueOrDefault("from") ?? throw new CliException(usage + " (--from is required)");
        var target = StoreLocator.DatabaseFile(options.GetValueOrDefault("db"));
        try
        {
            SqliteBackup.Check(backup);
            var reports = SqliteBackup.Copy(backup, target);
            Console.WriteLine($"restored {target} from {backup}: {reports} reports, integrity ok");
            return 0;
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or SqliteException or ArgumentException)
        {
            throw new CliException(e.Message);
        }
    }
}
