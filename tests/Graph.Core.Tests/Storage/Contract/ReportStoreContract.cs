using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Model;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;
using Graph.Core.Storage.Relational;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>
/// What every store must do, whatever database is under it. Each concrete subclass opens the same
/// tests on its own database (SQLite file, PostgreSQL cluster).
/// </summary>
public abstract partial class ReportStoreContract
{
    private static readonly Actor Europol = new("agency:europol", ActorKind.Agency, "Europol", null, ["EUROPOL"]);
    private static readonly Actor GuardiaCivil = new("agency:guardia-civil", ActorKind.Agency, "Guardia Civil", "ES", ["Civil Guard"]);
    private static readonly Actor Spain = new("country:ES", ActorKind.Country, "Spain", "ES", ["España"]);

    /// <summary>A new store over an empty database.</summary>
    protected abstract RelationalReportStore CreateStore();

    /// <summary>Another store object over the same database as <paramref name="store"/> (another process, as far as the database knows).</summary>
    protected abstract RelationalReportStore Reopen(RelationalReportStore store);

    private static ReportExtraction Extraction(string? area, params Actor[] actors)
    {
        var first = new TextSpan(0, 38);
        return new ReportExtraction(new DateOnly(2024, 5, 1), "A meeting", actors,
            [.. actors.Select(a => new ActorMention(a.Id, a.Name, new TextSpan(0, 7), first))],
            [new CooperationEvent("Operation Test", area, [.. actors.Select((a, i) => new Participation(a.Id, i == 0 ? ParticipantRole.Lead : ParticipantRole.Participant, first))],
                new Dictionary<string, int> { ["arrests"] = 3 })]);
    }

    private static string Text(int i) => $"Europol worked with the Guardia Civil. Spain hosted meeting number {i}.";

    [Fact]
    public void ASavedReportIsReadBackWithItsEventsAndEvidence()
    {
        var store = CreateStore();
        var saved = store.Save(new ReportSubmission(Text(1), Url: "https://example.org/1"), Extraction("cybercrime", Europol, GuardiaCivil));

        var report = store.FindReport(saved.ReportId)!;

        Assert.True(saved.Created);
        Assert.Equal("https://example.org/1", report.Summary.Url);
        Assert.Equal(new DateOnly(2024, 5, 1), report.Summary.Date);
        var e = Assert.Single(report.Events);
        Assert.Equal(["agency:europol", "agency:guardia-civil"], e.Participants.Select(p => p.ActorId));
        Assert.Equal(ParticipantRole.Lead, e.Participants[0].Role);
        Assert.Equal("Europol worked with the Guardia Civil.", e.Participants[0].Sentence);
        Assert.Equal(3, e.Figures["arrests"]);
        Assert.Single(store.EvidenceFor("agency:europol"));
    }

    [Fact]
    public void TheSameTextIsStoredOnceAndChangesNothingTheSecondTime()
    {
        var store = CreateStore();
        var first = store.Save(new ReportSubmission(Text(1)), Extraction(null, Europol, Spain));
        var version = store.Version();
        var second = store.Save(new ReportSubmission(Text(1) + "\r\n"), Extraction(null, Europol, Spain));

        Assert.False(second.Created);
        Assert.Equal(first.ReportId, second.ReportId);
        Assert.Equal(version, store.Version());
        Assert.Single(store.ListReports());
    }

    [Fact]
    public void AFailedSaveLeavesTheStoreUntouched()
    {
        var store = CreateStore();
        var broken = Extraction(null, Europol) with { Mentions = [new ActorMention("agency:nowhere", "x", new TextSpan(0, 1), new TextSpan(0, 1))] };

        Assert.ThrowsAny<Exception>(() => store.Save(new ReportSubmission(Text(1)), broken));

        Assert.Empty(store.ListReports());
        Assert.Empty(store.ListActors());
        Assert.Empty(store.ReadTallies(new TallyScope("actors", TallyScope.All, TallyScope.All, TallyScope.All)).Nodes);
    }

    [Fact]
    public void ActorsMergeTheirAliasesAndAreFoundWithoutAccents()
    {
        var store = CreateStore();
        store.Save(new ReportSubmission(Text(1)), Extraction(null, Europol, Spain));
        store.Save(new ReportSubmission(Text(2)), Extraction(null, Europol with { Aliases = ["European Police Office"] }));

        Assert.Equal(["EUROPOL", "European Police Office"], store.FindActor("agency:europol")!.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal("country:ES", Assert.Single(store.SearchActors("espana", 5)).Id);
        Assert.Equal(2, store.LoadDataset().Actors.Count);
    }

    [Fact]
    public void ReportsArePagedNewestFirstWithACursor()
    {
        var store = CreateStore();
        store.SaveBatch([.. Enumerable.Range(1, 5).Select(i => (new ReportSubmission(Text(i)), Extraction(null, Europol, Spain)))]);

        var first = store.ListReports(null, 2);
        var second = store.ListReports(first.Next, 2);
        var third = store.ListReports(second.Next, 2);

        Assert.Equal(5, first.Reports.Concat(second.Reports).Concat(third.Reports).Select(r => r.Id).Distinct().Count());
        Assert.True(first.Reports[0].Id > first.Reports[1].Id && first.Reports[1].Id > second.Reports[0].Id);
        Assert.Null(third.Next);
        Assert.Throws<FormatException>(() => store.ListReports("not-a-cursor", 2));
    }

    [Fact]
    public void EdgeEvidenceIsReadAPageAtATime()
    {
        var store = CreateStore();
        store.SaveBatch([.. Enumerable.Range(1, 3).Select(i => (new ReportSubmission(Text(i)), Extraction(null, Europol, GuardiaCivil)))]);

        var first = store.EdgeEvidence(["agency:europol"], ["agency:guardia-civil"], null, null, 2);
        var second = store.EdgeEvidence(["agency:europol"], ["agency:guardia-civil"], null, first.Next, 2);

        Assert.Equal(2, first.Evidence.Count);
        Assert.Single(second.Evidence);
        Assert.Null(second.Next);
        Assert.Equal(["Europol worked with the Guardia Civil."], second.Evidence[0].Sentences);
    }

    [Theory]
    [InlineData(NetworkView.Actors, null, null)]
    [InlineData(NetworkView.Countries, "2018-02-12", "2022-03-20")]
    [InlineData(NetworkView.Agencies, "2021-01-01", null)]
    public void ViewsFromTheTalliesEqualTheFullRebuildOnTheSampleReports(NetworkView view, string? from, string? to)
    {
        var store = CreateStore();
        Ingest(store, SampleReports());
        var filter = new NetworkFilter(From: from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            To: to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        var rebuilt = NetworkBuilder.Build(store.LoadDataset(), view, filter);
        var aggregated = AggregateNetworkBuilder.Build(store, view, filter);

        Assert.NotEmpty(rebuilt.Edges);
        Assert.Equal(rebuilt.Nodes, aggregated.Nodes);
        Assert.Equal(rebuilt.Edges.Select(e => (e.Id, e.Weight, e.Kind, e.ReportCount)), aggregated.Edges.Select(e => (e.Id, e.Weight, e.Kind, e.ReportCount)));
    }

    [Fact]
    public async Task SeveralImportersAtOnceGiveTheSameGraphAsOne()
    {
        var reports = SampleReports();
        var alone = CreateStore();
        Ingest(alone, reports);
        var shared = CreateStore();

        // Four writers, each with its own connections, import overlapping halves in different orders.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            var writer = Reopen(shared);
            var mine = reports.Where((_, i) => (i + w) % 4 != 0).ToList();
            Ingest(writer, w % 2 == 0 ? mine : [.. Enumerable.Reverse(mine)]);
        })));

        Assert.Equal(alone.ListReports().Count, shared.ListReports().Count);
        foreach (var view in new[] { NetworkView.Actors, NetworkView.Countries, NetworkView.Agencies })
        {
            Assert.Equal(Shape(AggregateNetworkBuilder.Build(alone, view, NetworkFilter.None)), Shape(AggregateNetworkBuilder.Build(shared, view, NetworkFilter.None)));
            Assert.Equal(Shape(NetworkBuilder.Build(alone.LoadDataset(), view, NetworkFilter.None)), Shape(AggregateNetworkBuilder.Build(shared, view, NetworkFilter.None)));
        }
    }

    private static string[] Shape(CooperationNetwork network) =>
        [.. network.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal),
         .. network.Edges.Select(e => $"{e.Id} {e.Weight:R} {e.Kind} {e.ReportCount}").Order(StringComparer.Ordinal)];

    private static List<ReportSubmission> SampleReports()
    {
        var samples = Directory.GetFiles(RepositoryLayout.SampleReports, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => SampleReportFile.Parse(File.ReadAllText(f))).ToList();
        return [.. samples, .. samples.Select(s => s with { Text = s.Text + "\n\nFollow-up note.", Date = s.Date?.AddDays(10) })];
    }

    private static void Ingest(IReportStore store, IEnumerable<ReportSubmission> reports)
    {
        var ingestor = new ReportIngestor(ReportExtractor.Default, store);
        foreach (var report in reports)
        {
            ingestor.Ingest(report);
        }
    }
}
