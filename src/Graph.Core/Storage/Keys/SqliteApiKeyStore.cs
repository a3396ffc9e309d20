using System.Globalization;
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
public sealed class SqliteApiKeyStore : IApiKeyStore
{
    private const string Table = """
        CREATE TABLE IF NOT EXISTS api_keys (
            name        TEXT PRIMARY KEY,
            hash        BLOB NOT NULL,
            created_at  TEXT NOT NULL,
            revoked_at  TEXT
        )
        """;

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
        using var connection = Open();
        Execute(connection, Table);
    }

    /// <inheritdoc />
    public string Add(string name)
    {
        ApiKeySecrets.CheckName(name);
        var secret = ApiKeySecrets.NewSecret();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO api_keys (name, hash, created_at) VALUES ($name, $hash, $created) ON CONFLICT(name) DO NOTHING";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$hash", ApiKeySecrets.Hash(secret));
        command.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return command.ExecuteNonQuery() == 1
            ? secret
            : throw ApiKeySecrets.Taken(name);
    }

    /// <inheritdoc />
    public IReadOnlyList<ApiKeyEntry> List()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, created_at, revoked_at FROM api_keys ORDER BY created_at, name";
        using var reader = command.ExecuteReader();
        var entries = new List<ApiKeyEntry>();
        while (reader.Read())
        {
            entries.Add(new ApiKeyEntry(
                reader.GetString(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                reader.IsDBNull(2) ? null : DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture)));
        }

        return entries;
    }

    /// <inheritdoc />
    public bool Revoke(string name)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_keys SET revoked_at = $now WHERE name = $name AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return command.ExecuteNonQuery() == 1;
    }

    /// <inheritdoc />
    public string? FindHolder(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return null;
        }

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, hash FROM api_keys WHERE revoked_at IS NULL";
        using var reader = command.ExecuteReader();
        var live = new List<(string, byte[])>();
        while (reader.Read())
        {
            live.Add((reader.GetString(0), (byte[])reader.GetValue(1)));
        }

        return ApiKeySecrets.Holder(secret, live);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
