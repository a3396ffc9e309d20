using Graph.Core.Storage;
using Graph.Web.Hosting;
using Microsoft.Data.Sqlite;

namespace Graph.Web.Operations;

/// <summary>
/// Says at start what a <c>201 Created</c> promises: it reads the journal and synchronous modes the
/// store's connections run with (from a fresh connection, as the store opens them) and logs them with
/// their meaning, so an operator can see the promise in the log rather than take the README's word.
/// </summary>
public static class DurabilityLog
{
    public static WebApplication LogDurability(this WebApplication app)
    {
        // Opening the store first makes it set its journal mode on a new file.
        app.Services.GetRequiredService<IReportStore>();
        var location = app.Services.GetRequiredService<StoreLocation>();
        if (location.Postgres)
        {
            // The server's own settings (synchronous_commit, fsync) make the promise there; they are the operator's.
            app.Logger.LogInformation("Store {Store}: PostgreSQL; a 201 is sent after the report's transaction commits.", location.DatabaseFile);
            return app;
        }

        using var connection = new SqliteConnection(location.ConnectionString);
        connection.Open();
        var journal = Pragma(connection, "journal_mode");
        var synchronous = Pragma(connection, "synchronous") switch
        {
            "0" => "OFF",
            "1" => "NORMAL",
            "2" => "FULL",
            "3" => "EXTRA",
            var other => other,
        };
        var promise = (journal, synchronous) switch
        {
            ("wal", "FULL" or "EXTRA") => "a 201 is sent after the report's commit is flushed to disk; it survives a process crash and a power cut",
            ("wal", "NORMAL") => "a 201 survives a process crash, but a power cut may lose the reports committed since the last checkpoint",
            (_, "OFF") => "a crash of the machine may lose or damage recent reports",
            _ => "a 201 is sent after the report's commit is flushed to disk",
        };
        app.Logger.LogInformation("Store {File}: journal_mode={Journal}, synchronous={Synchronous}: {Promise}.",
            location.DatabaseFile, journal, synchronous, promise);
        return app;
    }

    private static string Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
