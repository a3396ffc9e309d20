using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Storage.Keys;

/// <summary>
/// Named API keys kept in the store's own SQLite file, table <c>api_keys</c>. Only a SHA-256 hash of
/// each key is stored: the keys are 32 random bytes, so a plain hash cannot be searched backwards,
/// and a stolen database file grants no write access. Presented keys are checked against every
/// live hash with a constant-time comparison.
/// </summary>
/// <example>
/// <code>
/// var keys = new SqliteApiKeyStore("Data Source=graph.db");
/// var secret = keys.Add("alice");          // shown once, to hand to Alice
/// keys.FindHolder(secret);                 // "alice"
/// keys.Revoke("alice");                    // from now on FindHolder(secret) is null
/// </code>
/// </example>
public sealed partial class SqliteApiKeyStore
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

    /// <summary>Makes a key for <paramref name="name"/> and returns its secret; only its hash is kept.</summary>
    /// <exception cref="ArgumentException">The name is not 1–64 letters, digits, '.', '_' or '-', or is taken (revoked names stay taken, so history stays unambiguous).</exception>
    public string Add(string name)
    {
        if (!ValidName().IsMatch(name ?? ""))
        {
            throw new ArgumentException("A key name is 1 to 64 letters, digits, '.', '_' or '-'.", nameof(name));
        }

        var secret = "gk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO api_keys (name, hash, created_at) VALUES ($name, $hash, $created) ON CONFLICT(name) DO NOTHING";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$hash", Hash(secret));
        command.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return command.ExecuteNonQuery() == 1
            ? secret
            : throw new ArgumentException($"A key named '{name}' exists already; pick another name.", nameof(name));
    }

    /// <summary>Every key ever made, oldest first, revoked ones included.</summary>
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

    /// <summary>Stops a key from working; returns false when no live key has that name.</summary>
    public bool Revoke(string name)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_keys SET revoked_at = $now WHERE name = $name AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>The name of the live key whose secret this is, or null.</summary>
    /// <remarks>Every live hash is compared, each in constant time, so the answer's timing says nothing about near misses.</remarks>
    public string? FindHolder(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return null;
        }

        var presented = Hash(secret);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, hash FROM api_keys WHERE revoked_at IS NULL";
        using var reader = command.ExecuteReader();
        string? holder = null;
        while (reader.Read())
        {
            if (CryptographicOperations.FixedTimeEquals(presented, (byte[])reader.GetValue(1)))
            {
                holder = reader.GetString(0);
            }
        }

        return holder;
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

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

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex ValidName();
}
