using Graph.Core.Storage.Relational;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>The store contract over SQLite files in a temporary folder.</summary>
public sealed class SqliteStoreContractTests : ReportStoreContract, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("graph-contract-").FullName;
    private readonly Dictionary<RelationalReportStore, string> files = [];

    protected override RelationalReportStore CreateStore()
    {
        var file = Path.Combine(folder, $"graph-{files.Count}.db");
        var store = new SqliteReportStore($"Data Source={file}");
        lock (files)
        {
            files[store] = file;
        }

        return store;
    }

    protected override RelationalReportStore Reopen(RelationalReportStore store)
    {
        string file;
        lock (files)
        {
            file = files[store];
        }

        return new SqliteReportStore($"Data Source={file}");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
