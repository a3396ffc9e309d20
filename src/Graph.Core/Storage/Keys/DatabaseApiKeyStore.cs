using System.Data.Common;
using System.Globalization;

namespace Graph.Core.Storage.Keys;

/// <summary>
/// Named API keys in the store's own database, table <c>api_keys</c>, only their hashes (<see cref="ApiKeySecrets"/>);
/// the statements are plain SQL both databases run, each store giving its connection and the hash column's type.
/// </summary>
public abstract class DatabaseApiKeyStore : IApiKeyStore
{
    /// <summary>Creates the key table if needed (its hash column of <paramref name="hashType"/>).</summary>
    protected void CreateTable(string hashType)
    {
        using var connection = Open();
        Execute(connection, $"""
            CREATE TABLE IF NOT EXISTS api_keys (
                name        TEXT PRIMARY KEY,
                hash        {hashType} NOT NULL,
                created_at  TEXT NOT NULL,
                revoked_at  TEXT
            )
            """);
    }

    /// <summary>Opens a connection to the database.</summary>
    protected abstract DbConnection Open();

    /// <inheritdoc />
    public string Add(string name)
    {
        ApiKeySecrets.CheckName(name);
        var secret = ApiKeySecrets.NewSecret();
        using var connection = Open();
        return Execute(connection, "INSERT INTO api_keys (name, hash, created_at) VALUES (@name, @hash, @created) ON CONFLICT (name) DO NOTHING",
            ("@name", name), ("@hash", ApiKeySecrets.Hash(secret)), ("@created", Now())) == 1
            ? secret
            : throw ApiKeySecrets.Taken(name);
    }

    /// <inheritdoc />
    public IReadOnlyList<ApiKeyEntry> List() =>
        Read("SELECT name, created_at, revoked_at FROM api_keys ORDER BY created_at, name", r => new ApiKeyEntry(
            r.GetString(0),
            DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture),
            r.IsDBNull(2) ? null : DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture)));

    /// <inheritdoc />
    public bool Revoke(string name)
    {
        using var connection = Open();
        return Execute(connection, "UPDATE api_keys SET revoked_at = @now WHERE name = @name AND revoked_at IS NULL", ("@name", name), ("@now", Now())) == 1;
    }

    /// <inheritdoc />
    public string? FindHolder(string? secret) =>
        string.IsNullOrEmpty(secret) ? null
            : ApiKeySecrets.Holder(secret, Read("SELECT name, hash FROM api_keys WHERE revoked_at IS NULL", r => (r.GetString(0), (byte[])r.GetValue(1))));

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    private List<T> Read<T>(string sql, Func<DbDataReader, T> map)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static int Execute(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command.ExecuteNonQuery();
    }
}
