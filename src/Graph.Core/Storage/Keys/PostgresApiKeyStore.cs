using System.Data.Common;
using Npgsql;

namespace Graph.Core.Storage.Keys;

/// <summary>
/// Named API keys kept in the PostgreSQL database the store uses, table <c>api_keys</c>, only their hashes
/// (<see cref="ApiKeySecrets"/>): every server and <c>graph keys</c> run pointed at that database sees the same keys.
/// </summary>
public sealed class PostgresApiKeyStore : DatabaseApiKeyStore
{
    private readonly string _connectionString;

    /// <summary>Opens the key table of the database the connection string names, creating it if needed.</summary>
    public PostgresApiKeyStore(string connectionString)
    {
        _connectionString = connectionString;
        CreateTable("BYTEA");
    }

    /// <inheritdoc />
    protected override DbConnection Open()
    {
        var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
