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

    private long CacheSizeOf(SqliteReportStore store)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        return (long)command.ExecuteScalar()!;
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
