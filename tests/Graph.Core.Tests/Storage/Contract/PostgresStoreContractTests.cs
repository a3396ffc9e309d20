using Graph.Core.Storage.Postgres;
using Graph.Core.Storage.Relational;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>The store contract over a throwaway PostgreSQL cluster, one database per store.</summary>
public sealed class PostgresStoreContractTests(PostgresCluster cluster) : ReportStoreContract, IClassFixture<PostgresCluster>, IDisposable
{
    private readonly Dictionary<RelationalReportStore, string> _databases = [];
    private readonly List<PostgresReportStore> _opened = [];

    protected override RelationalReportStore CreateStore()
    {
        var connectionString = cluster.CreateDatabase();
        var store = Open(connectionString);
        lock (_databases)
        {
            _databases[store] = connectionString;
        }

        return store;
    }

    protected override RelationalReportStore Reopen(RelationalReportStore store)
    {
        string connectionString;
        lock (_databases)
        {
            connectionString = _databases[store];
        }

        return Open(connectionString);
    }

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }
    }

    private PostgresReportStore Open(string connectionString)
    {
        var store = new PostgresReportStore(connectionString);
        lock (_opened)
        {
            _opened.Add(store);
        }

        return store;
    }
}
