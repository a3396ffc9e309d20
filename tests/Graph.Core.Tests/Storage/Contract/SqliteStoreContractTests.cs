using Graph.Core.Storage.Relational;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>The store contract over SQLite files in a temporary folder.</summary>
public sealed class SqliteStoreContractTests : ReportStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graph-contract-").FullName;
    private readonly Dictionary<RelationalReportStore, string> _files = [];

    protected override RelationalReportStore CreateStore()
    {
        var file = Path.Combine(_folder, $"graph-{_files.Count}.db");
        var store = new SqliteReportStore($"Data Source={file}");
        lock (_files)
        {
            _files[store] = file;
        }

        return store;
    }

    protected override RelationalReportStore Reopen(RelationalReportStore store)
    {
        string file;
        lock (_files)
        {
            file = _files[store];
        }

        return new SqliteReportStore($"Data Source={file}");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
