using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Tests.Storage;

public sealed class SqliteCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graph-cache-tests-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static long CacheSizeOf(SqliteReportStore store) => Pragma(store, "cache_size");

    private static long Pragma(SqliteReportStore store, string name)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void TheImportersConnectionsCheckpointTheWalAtTheSizeTheyWereOpenedWith()
    {
        var importer = new SqliteReportStore($"Data Source={Path.Combine(_folder, "bulk.db")}", SqliteCache.ImportMegabytes, SqliteCache.ImportCheckpointMegabytes);
        var server = new SqliteReportStore($"Data Source={Path.Combine(_folder, "served.db")}");

        // 4 KB pages: 1,024 MB is 262,144 of them; SQLite's own default is 1,000.
        Assert.Equal(262_144, Pragma(importer, "wal_autocheckpoint"));
        Assert.Equal(1_000, Pragma(server, "wal_autocheckpoint"));
        Assert.Equal(4096, Pragma(importer, "page_size"));
    }

    [Fact]
    public void EveryConnectionKeepsTheCacheTheStoreWasOpenedWith()
    {
        var store = new SqliteReportStore($"Data Source={Path.Combine(_folder, "import.db")}", cacheMegabytes: 256);

        Assert.Equal(-256 * 1024, CacheSizeOf(store));
        Assert.Equal(-256 * 1024, CacheSizeOf(store));
    }

    [Fact]
    public void AStoreOpenedWithoutACacheSizeKeepsTheServersDefault()
    {
        var store = new SqliteReportStore($"Data Source={Path.Combine(_folder, "server.db")}");

        Assert.Equal(-SqliteCache.ServerMegabytes * 1024, CacheSizeOf(store));
    }

    [Theory]
    [InlineData(null, 64)]
    [InlineData("", 64)]
    [InlineData("512", 512)]
    public void TheSettingGivesItsMegabytesOrTheFallback(string? configured, int expected) =>
        Assert.Equal(expected, SqliteCache.Megabytes(configured, fallback: 64));

    [Theory]
    [InlineData("1GB")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("2000000")]
    public void ASettingThatIsNotMegabytesIsRefusedByName(string configured)
    {
        var error = Assert.Throws<ArgumentException>(() => SqliteCache.Megabytes(configured, fallback: 64));

        Assert.Contains(SqliteCache.Setting, error.Message, StringComparison.Ordinal);
        Assert.Contains(configured, error.Message, StringComparison.Ordinal);
    }
}
