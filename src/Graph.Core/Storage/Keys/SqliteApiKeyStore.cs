using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Storage.Keys;

/// <summary>
/// Named API keys kept in the store's own SQLite file, table <c>api_keys</c>, only their hashes
/// (<see cref="ApiKeySecrets"/>). Presented keys are checked against every live hash with a
/// constant-time comparison.
/// </summary>
/// <example>
/// <code>
/// var keys = new SqliteApiKeyStore("Data Source=graph.db");
/// var secret = keys.Add("alice");          // shown once, to hand to Alice
/// keys.FindHolder(secret);                 // "alice"
/// keys.Revoke("alice");                    // from now on FindHolder(secret) is null
/// </code>
/// </example>
public sealed class SqliteApiKeyStore : DatabaseApiKeyStore
{
    private readonly string _connectionString;

    /// <summary>Opens the key table of the database the connection string names, creating it if needed.</summary>
    public SqliteApiKeyStore(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        }

        _connectionString = builder.ToString();
        CreateTable("BLOB");
    }

    /// <inheritdoc />
    protected override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
