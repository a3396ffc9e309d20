using Graph.Core.Storage.Keys;
using Graph.Core.Tests.Storage.Contract;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Tests.Storage.Keys;

/// <summary>Named API keys behave alike in a SQLite file and in a PostgreSQL database: a server on either accepts them.</summary>
public abstract class ApiKeyStoreContract
{
    /// <summary>A key store over an empty database, opened the way a server or <c>graph keys</c> opens it.</summary>
    protected abstract IApiKeyStore CreateStore();

    [Fact]
    public void AKeyNamesItsHolderUntilItIsRevoked()
    {
        var keys = CreateStore();
        var secret = keys.Add("field-team");

        Assert.StartsWith("gk_", secret, StringComparison.Ordinal);
        Assert.Equal("field-team", keys.FindHolder(secret));
        Assert.Null(keys.FindHolder(secret + "0"));
        Assert.Null(keys.FindHolder(""));
        Assert.True(keys.Revoke("field-team"));
        Assert.Null(keys.FindHolder(secret));
        Assert.False(keys.Revoke("field-team"));
    }

    [Fact]
    public void BadOrTakenNamesAreRefusedAndTheListKeepsRevokedKeys()
    {
        var keys = CreateStore();
        keys.Add("alpha");
        keys.Add("beta");
        keys.Revoke("alpha");

        Assert.Throws<ArgumentException>(() => keys.Add("alpha"));
        Assert.Throws<ArgumentException>(() => keys.Add("has space"));
        var listed = keys.List();
        Assert.Equal(["alpha", "beta"], listed.Select(k => k.Name).Order(StringComparer.Ordinal));
        Assert.NotNull(listed.Single(k => k.Name == "alpha").Revoked);
        Assert.Null(listed.Single(k => k.Name == "beta").Revoked);
    }
}

/// <summary>The key contract in a temporary SQLite file, opened by its connection string.</summary>
public sealed class SqliteApiKeyStoreTests : ApiKeyStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graph-keys-").FullName;

    protected override IApiKeyStore CreateStore() =>
        Assert.IsType<SqliteApiKeyStore>(ApiKeyStores.Open($"Data Source={Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db")}"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The key contract in a throwaway PostgreSQL cluster, one database per store, opened by a <c>Host=</c> connection string.</summary>
public sealed class PostgresApiKeyStoreTests(PostgresCluster cluster) : ApiKeyStoreContract, IClassFixture<PostgresCluster>
{
    protected override IApiKeyStore CreateStore() => Assert.IsType<PostgresApiKeyStore>(ApiKeyStores.Open(cluster.CreateDatabase()));
}
