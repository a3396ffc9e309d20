using Npgsql;

namespace Graph.Core.Storage.Keys;

/// <summary>
/// Named API keys kept in the PostgreSQL database the store uses, table <c>api_keys</c>, only their hashes
/// (<see cref="ApiKeySecrets"/>): every server and <c>graph keys</c> run pointed at that database sees the same keys.
/// </summary>
public sealed class PostgresApiKeyStore : IApiKeyStore
{
    private const string Table = """
        CREATE TABLE IF NOT EXISTS api_keys (
            name        TEXT PRIMARY KEY,
            hash        BYTEA NOT NULL,
            created_at  TEXT NOT NULL,
            revoked_at  TEXT
        )
        """;

    private readonly string _connectionString;

    /// <summary>Opens the key table of the database the connection string names, creating it if needed.</summary>
    public PostgresApiKeyStore(string connectionString)
    {
        _connectionString = connectionString;
        using var connection = Open();
        using var command = new NpgsqlCommand(Table, connection);
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public string Add(string name)
    {
        ApiKeySecrets.CheckName(name);
        var secret = ApiKeySecrets.NewSecret();
        using var connection = Open();
        using var command = new NpgsqlCommand("INSERT INTO api_keys (name, hash, created_at) VALUES (@name, @hash, @created) ON CONFLICT (name) DO NOTHING", connection);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("hash", ApiKeySecrets.Hash(secret));
        command.Parameters.AddWithValue("created", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return command.ExecuteNonQuery() == 1 ? secret : throw ApiKeySecrets.Taken(name);
    }

    /// <inheritdoc />
    public IReadOnlyList<ApiKeyEntry> List()
    {
        using var connection = Open();
        using var command = new NpgsqlCommand("SELECT name, created_at, revoked_at FROM api_keys ORDER BY created_at, name", connection);
        using var reader = command.ExecuteReader();
        var entries = new List<ApiKeyEntry>();
        while (reader.Read())
        {
            entries.Add(new ApiKeyEntry(
                reader.GetString(0),
                DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(2) ? null : DateTimeOffset.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return entries;
    }

    /// <inheritdoc />
    public bool Revoke(string name)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand("UPDATE api_keys SET revoked_at = @now WHERE name = @name AND revoked_at IS NULL", connection);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("now", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
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
        using var command = new NpgsqlCommand("SELECT name, hash FROM api_keys WHERE revoked_at IS NULL", connection);
        using var reader = command.ExecuteReader();
        var live = new List<(string, byte[])>();
        while (reader.Read())
        {
            live.Add((reader.GetString(0), (byte[])reader.GetValue(1)));
        }

        return ApiKeySecrets.Holder(secret, live);
    }

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
