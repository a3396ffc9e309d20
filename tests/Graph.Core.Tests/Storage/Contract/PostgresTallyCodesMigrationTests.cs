using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Storage;
using Graph.Core.Storage.Postgres;
using Graph.Core.Tests.Network;
using Npgsql;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>A PostgreSQL database written with yyyyMM months, yyyyMMdd dates and Newman shares by operation converts in place to the same views.</summary>
public sealed class PostgresTallyCodesMigrationTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>
{
    // TallyBytes and the migrations appended after it (OperationMonths, MentionSurfaces, LinkTotalsStatement, ReportDates, PendingLinks) run again.
    private const int MigrationsFromTallyBytes = 6;

    [Fact]
    public void ADatabaseWithTheEarlierTallyCodesConvertsInPlaceToTheSameViews()
    {
        var connectionString = cluster.CreateDatabase();
        var queries = AggregateNetworkTests.Queries.Select(q => ((string)q[0], (string)q[1])).ToList();
        List<string> before;
        using (var store = new PostgresReportStore(connectionString))
        {
            var ingestor = new ReportIngestor(ReportExtractor.Default, store);
            foreach (var file in Directory.GetFiles(RepositoryLayout.SampleReports, "*.txt").Order(StringComparer.Ordinal))
            {
                ingestor.Ingest(SampleReportFile.Parse(File.ReadAllText(file)));
            }

            before = [.. queries.Select(q => AggregateNetworkTests.Picture(store, q))];
        }

        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            var degrade = string.Concat(new[] { "node_tallies", "edge_tallies", "operation_tallies" }.Select(table => $"""
                UPDATE {table} SET period = CASE WHEN period > 0 THEN (period / 12 * 100) + (period % 12) + 1 ELSE period END,
                    first_date = to_char(DATE '2000-01-01' + first_date, 'YYYYMMDD')::integer;
                """)) + $"""
                UPDATE edge_tallies SET newman = events * 0.5 WHERE projection IN (SELECT id FROM tally_names WHERE name LIKE 'operations:%');
                UPDATE operation_tallies SET newman = events * 0.5;
                UPDATE schema_version SET version = {PostgresSchema.Version - MigrationsFromTallyBytes};
                SELECT (SELECT MIN(period) FROM edge_tallies WHERE period > 0) > 200000
                    AND (SELECT SUM(newman) FROM link_totals WHERE projection IN (SELECT id FROM tally_names WHERE name LIKE 'operations:%')) > 0;
                """;
            using var command = new NpgsqlCommand(degrade, connection);
            Assert.Equal(true, command.ExecuteScalar());
        }

        using var upgraded = new PostgresReportStore(connectionString);
        var operations = new TallyScope("operations:actors", TallyScope.All, TallyScope.All, TallyScope.All);

        Assert.Equal(before, queries.Select(q => AggregateNetworkTests.Picture(upgraded, q)).ToList());
        Assert.All(upgraded.StoredLinkTotals(operations), t => Assert.Equal(0, t.Newman));
        Assert.Equal(upgraded.SummedLinkTotals(operations).OrderBy(t => t.Node, StringComparer.Ordinal),
            upgraded.StoredLinkTotals(operations).OrderBy(t => t.Node, StringComparer.Ordinal));
    }
}
