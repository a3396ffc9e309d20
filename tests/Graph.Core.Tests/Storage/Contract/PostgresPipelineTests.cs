using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Model;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;
using Graph.Core.Storage.Postgres;
using Npgsql;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>
/// PostgreSQL's batched write holds back the statements it reads no answer from and sends them with the next
/// one: the database must end up holding what one round trip a statement stores, row for row, and several
/// importers writing that way at once must still give the graph one importer gives.
/// </summary>
public sealed class PostgresPipelineTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>, IDisposable
{
    private readonly List<PostgresReportStore> _opened = [];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void PipelinedBatchesStoreEveryRowThatOneRoundTripAStatementStores(bool linksAtEnd)
    {
        var reports = ExtractedSamples();

        // A participation naming an actor the report never lists breaks a foreign key in a held-back statement:
        // the report is refused alone, as when each statement went on its own.
        var refused = reports[3].Extraction with { Events = [.. reports[3].Extraction.Events,
            new CooperationEvent("Operation Kilo", null, [new Participation("agency:nowhere", ParticipantRole.Lead, new TextSpan(0, 5))], new Dictionary<string, int>())] };
        List<(ReportSubmission, ReportExtraction)> batch = [.. reports.Take(3), (new ReportSubmission("A report whose event names an actor it never lists."), refused), .. reports.Skip(3)];
        var (oneByOne, pipelined) = (cluster.CreateDatabase(), cluster.CreateDatabase());

        var outcomes = Import(oneByOne, pipelines: false, linksAtEnd, batch);
        Assert.Equal(outcomes, Import(pipelined, pipelines: true, linksAtEnd, batch));
        Assert.Contains(outcomes, refusal => refusal is not null);

        var expected = Tables(oneByOne);
        Assert.Contains(expected, table => table.Key == "edge_tallies" && table.Value.Count > 100);
        Assert.Equal(expected, Tables(pipelined));
    }

    [Fact]
    public async Task SeveralPipelinedImportersAtOnceGiveTheGraphOneGives()
    {
        var reports = ExtractedSamples();
        var alone = Open(cluster.CreateDatabase());
        alone.SaveBatch(reports);
        var connectionString = cluster.CreateDatabase();
        Open(connectionString).Dispose();

        // Four importers, each with its own pool, write overlapping three quarters in batches of five, in the order
        // `graph import` reads files (opposite and shuffled orders: the test below).
        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            var writer = Open(connectionString);
            var mine = reports.Where((_, i) => (i + w) % 4 != 0).ToList();
            foreach (var chunk in mine.Chunk(5))
            {
                Assert.All(writer.SaveBatch(chunk), o => Assert.Null(o.Error));
            }
        })));

        var shared = Open(connectionString);
        Assert.Equal(alone.ListReports().Count, shared.ListReports().Count);
        foreach (var view in new[] { NetworkView.Actors, NetworkView.Countries, NetworkView.Agencies })
        {
            Assert.Equal(Shape(AggregateNetworkBuilder.Build(alone, view, NetworkFilter.None)), Shape(AggregateNetworkBuilder.Build(shared, view, NetworkFilter.None)));
            Assert.Equal(Shape(NetworkBuilder.Build(alone.LoadDataset(), view, NetworkFilter.None)), Shape(AggregateNetworkBuilder.Build(shared, view, NetworkFilter.None)));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ImportersTakingOverlappingReportsInOppositeOrdersNeverDeadlock(bool linksAtEnd)
    {
        // Three copies of the samples, so batches share many actors, names and tally rows.
        var reports = ExtractedSamples(copies: 3);
        var aloneDatabase = cluster.CreateDatabase();
        var alone = Open(aloneDatabase);
        alone.LinksAtEnd = linksAtEnd;
        alone.SaveBatch(reports);
        if (linksAtEnd)
        {
            alone.LinkPending();
        }

        var expected = TallyRows(aloneDatabase);
        Assert.Contains(expected, row => row.StartsWith("edge operations", StringComparison.Ordinal));
        var expectedViews = Views(alone);

        // Rounds in fresh databases, each with four importers (own pools) writing overlapping three quarters in batches of
        // six: forwards, backwards and two shuffles. Batches that locked shared actors report by report deadlocked past
        // the retries in every run before the store took its locks in key order (8 of 8, session 31).
        for (var round = 0; round < 3; round++)
        {
            var connectionString = cluster.CreateDatabase();
            Open(connectionString).Dispose();
            await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(() =>
            {
                using var writer = new PostgresReportStore(connectionString) { LinksAtEnd = linksAtEnd };
                var mine = reports.Where((_, i) => (i + w) % 4 != 0).ToList();
                var order = w switch
                {
                    0 => mine,
                    1 => Enumerable.Reverse(mine).ToList(),
                    _ => [.. mine.OrderBy(_ => Random.Shared.Next())],
                };

                foreach (var chunk in order.Chunk(6))
                {
                    Assert.All(writer.SaveBatch(chunk), o => Assert.Null(o.Error));
                }

                if (linksAtEnd)
                {
                    writer.LinkPending();
                }
            })));

            var shared = Open(connectionString);
            Assert.Equal(0, Deadlocks(connectionString));
            Assert.Equal(alone.ListReports().Count, shared.ListReports().Count);
            Assert.Equal(expectedViews, Views(shared));
            Assert.Equal(expected, TallyRows(connectionString));
        }
    }

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }
    }

    private List<string?> Import(string connectionString, bool pipelines, bool linksAtEnd, List<(ReportSubmission, ReportExtraction)> reports)
    {
        var store = Open(connectionString);
        (store.BulkWrites, store.LinksAtEnd) = (pipelines, linksAtEnd);
        var outcomes = reports.Chunk(7).SelectMany(chunk => store.SaveBatch(chunk)).Select(o => o.Error is null ? null : "refused").ToList();
        if (linksAtEnd)
        {
            store.LinkPending();
        }

        return outcomes;
    }

    // Every table's rows as text, in one order; when each report was stored is the only column left out.
    private static SortedDictionary<string, List<string>> Tables(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var columns = new List<(string Table, string Column)>();
        using (var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position", connection))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var tables = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in columns.Where(c => c != ("reports", "created_at")).GroupBy(c => c.Table))
        {
            using var command = new NpgsqlCommand($"SELECT r::text FROM (SELECT {string.Join(", ", table.Select(c => $"\"{c.Column}\""))} FROM {table.Key}) AS r ORDER BY 1", connection);
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(reader.GetString(0));
            }

            tables[table.Key] = rows;
        }

        return tables;
    }

    private static List<(ReportSubmission Submission, ReportExtraction Extraction)> ExtractedSamples(int copies = 1)
    {
        var samples = Directory.GetFiles(RepositoryLayout.SampleReports, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => SampleReportFile.Parse(File.ReadAllText(f))).ToList();
        return [.. Enumerable.Range(0, copies).SelectMany(c => samples.Select(s => c == 0 ? s : s with { Text = $"{s.Text}\n\nCopy {c}.", Date = s.Date?.AddDays(3 * c) }))
            .SelectMany(s => new[] { s, s with { Text = s.Text + "\n\nFollow-up note.", Date = s.Date?.AddDays(10) } })
            .Select(s => (s, ReportExtractor.Default.Extract(s.Text)))];
    }

    private static string[] Views(PostgresReportStore store) =>
        [.. new[] { NetworkView.Actors, NetworkView.Countries, NetworkView.Agencies }
            .SelectMany(view => Shape(AggregateNetworkBuilder.Build(store, view, NetworkFilter.None)).Prepend(view.ToString()))];

    // The view tallies and link totals by their keys' names; which ids the rows, names and events got depends on who wrote first,
    // and so do the last bits of summed Newman shares.
    private static List<string> TallyRows(string connectionString)
    {
        const string Names = "JOIN tally_names p ON p.id = t.projection JOIN tally_names a ON a.id = t.crime_area";
        var rows = new List<string>();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        foreach (var sql in new[]
        {
            $"SELECT concat_ws(' ', 'node', p.name, a.name, t.period, n.name, t.reports, t.events, t.first_date, t.sources) FROM node_tallies t {Names} JOIN tally_names n ON n.id = t.node",
            $"SELECT concat_ws(' ', 'edge', p.name, a.name, t.period, s.name, g.name, t.reports, t.events, t.led, round(t.newman::numeric, 9), t.first_date, t.sources) FROM edge_tallies t {Names} JOIN tally_names s ON s.id = t.source JOIN tally_names g ON g.id = t.target",
            $"SELECT concat_ws(' ', 'total', p.name, a.name, n.name, t.reports, round(t.newman::numeric, 9), t.degree) FROM link_totals t {Names} JOIN tally_names n ON n.id = t.node",
        })
        {
            using var command = new NpgsqlCommand(sql, connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(reader.GetString(0));
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    // Deadlocks the server detected in the database (its statistics counted by each backend, flushed when the connections close).
    private static long Deadlocks(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()", connection);
        return (long)command.ExecuteScalar()!;
    }

    private static string[] Shape(CooperationNetwork network) =>
        [.. network.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal),
         .. network.Edges.Select(e => $"{e.Id} {e.Weight:R} {e.Kind} {e.ReportCount}").Order(StringComparer.Ordinal)];

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
