using Graph.Core.Extraction;
using Graph.Core.Import;
using Graph.Core.Model;
using Graph.Core.Network;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Tests.Import;

public sealed class ImportPipelineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graph-import-pipeline-").FullName;

    private SqliteReportStore Store() => new($"Data Source={Path.Combine(_folder, "graph.db")}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static Task<ImportResult> Import(IReportStore store, params string[] paths) =>
        new ImportPipeline(ReportExtractor.Default, store).Start(paths, new ImportOptions(BatchSize: 4)).Completion;

    [Fact]
    public async Task AFolderOfEveryFormatIsStoredAndEachRefusalSaysWhereAndWhy()
    {
        var store = Store();

        var result = await Import(store, ImportFixtures.Folder);

        Assert.Equal((24L, 13L, 0L, 7L, 4L), (result.Counts.Read, result.Counts.Stored, result.Counts.AlreadyStored, result.Counts.Refused, result.Counts.Skipped));
        Assert.Equal(7, result.Refusals.Count);
        Assert.Contains(result.Refusals, r => r.File.EndsWith("xxe.rss", StringComparison.Ordinal) && r.Reason.Contains("DTD", StringComparison.Ordinal));
        var reports = store.ListReports();
        Assert.Equal(13, reports.Count);
        Assert.Equal(4, reports.Count(r => r.Source == SourceKind.Coded));
    }

    [Fact]
    public async Task ImportingTheSameFilesAgainStoresNothingNew()
    {
        var store = Store();
        await Import(store, ImportFixtures.Folder);

        var again = await Import(store, ImportFixtures.Folder);

        Assert.Equal((0L, 13L), (again.Counts.Stored, again.Counts.AlreadyStored));
        Assert.Equal(13, store.ListReports().Count);
    }

    [Fact]
    public async Task AGdeltEventIdIsStoredOnceEvenWhenItsRowChanges()
    {
        var store = Store();
        var file = Path.Combine(_folder, "day1.export.CSV");
        File.Copy(ImportFixtures.PathOf("events.export.CSV"), file);
        await Import(store, file);

        // GDELT re-releases an event with more mentions: the text differs, the event id does not.
        var updated = Path.Combine(_folder, "day2.export.CSV");
        File.WriteAllLines(updated, File.ReadAllLines(file).Select(l => l.Replace("\t12\t1\t12\t", "\t13\t1\t13\t", StringComparison.Ordinal)));
        var again = await Import(store, updated);

        Assert.Equal((0L, 4L), (again.Counts.Stored, again.Counts.AlreadyStored));
        Assert.Equal(4, store.ListReports().Count);
    }

    [Fact]
    public async Task AZippedGdeltExportImportsLikeThePlainOne()
    {
        var store = Store();
        var zip = Path.Combine(_folder, "20250301000000.export.CSV.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(archive, ImportFixtures.PathOf("events.export.CSV"), "20250301000000.export.CSV");
        }

        var result = await Import(store, zip);

        Assert.Equal((4L, 1L, 4L), (result.Counts.Stored, result.Counts.Refused, result.Counts.Skipped));
        Assert.EndsWith("20250301000000.export.CSV.zip/20250301000000.export.CSV", result.Refusals[0].File, StringComparison.Ordinal);
        Assert.Equal("line 7", result.Refusals[0].Place);
    }

    [Fact]
    public async Task CodedAndExtractedEventsCanBeShownApartOrTogether()
    {
        var store = Store();
        await Import(store, ImportFixtures.Folder);
        var dataset = store.LoadDataset();

        var coded = NetworkBuilder.Build(dataset, NetworkView.Actors, new NetworkFilter(Source: SourceKind.Coded));
        var extracted = NetworkBuilder.Build(dataset, NetworkView.Actors, new NetworkFilter(Source: SourceKind.Extracted));
        var all = NetworkBuilder.Build(dataset, NetworkView.Actors, NetworkFilter.None);

        Assert.All(coded.Nodes, n => Assert.StartsWith("country:", n.Id, StringComparison.Ordinal));
        Assert.Contains(coded.Nodes, n => n.Id == "country:RO");
        Assert.DoesNotContain(extracted.Nodes, n => n.Id == "country:RO");
        Assert.Equal(all.Edges.Count(), coded.Edges.Count() + extracted.Edges.Count());
        var evidence = coded.FindEdge("country:US", "country:FR")!.Evidence;
        Assert.All(evidence, e => Assert.Equal(SourceKind.Coded, e.Source));
        Assert.StartsWith("Coded by GDELT", evidence[0].Sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AReportTheStoreCannotWriteIsRefusedAloneAndTheBatchCommits()
    {
        var store = Store();
        var spain = new Actor("country:ES", ActorKind.Country, "Spain", "ES", []);
        var good = new ReportExtraction(null, null, [spain], [], [new CooperationEvent(null, null, [new Participation(spain.Id, ParticipantRole.Participant, new TextSpan(0, 5))], new Dictionary<string, int>())]);
        // A participation naming an actor the report never lists breaks the store's foreign key.
        var broken = good with { Actors = [], Events = [new CooperationEvent(null, null, [new Participation("agency:nowhere", ParticipantRole.Lead, new TextSpan(0, 5))], new Dictionary<string, int>())] };

        var outcomes = store.SaveBatch([(new ReportSubmission("Spain one."), good), (new ReportSubmission("Spain two."), broken), (new ReportSubmission("Spain three."), good)]);

        Assert.Equal([true, false, true], outcomes.Select(o => o.Saved is not null));
        Assert.Contains("FOREIGN KEY", outcomes[1].Error, StringComparison.Ordinal);
        Assert.Equal(2, store.ListReports().Count);
        Assert.DoesNotContain(store.ListReports(), r => r.Title == "Spain two.");
    }

    [Fact]
    public async Task AStoreThatCannotWriteAtAllStopsTheImportWithItsOwnError()
    {
        // A real SQLite file cannot be made to fail on demand here (tests run as root), so a store that
        // refuses every batch stands in for a full disk.
        var run = new ImportPipeline(ReportExtractor.Default, new BrokenStore()).Start([ImportFixtures.Folder], new ImportOptions(BatchSize: 2));

        var finished = await Task.WhenAny(run.Completion, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(run.Completion, finished);
        var error = await Assert.ThrowsAsync<IOException>(() => run.Completion);
        Assert.Equal("disk full", error.Message);
    }

    private sealed class BrokenStore : IReportStore
    {
        public SaveResult Save(ReportSubmission submission, ReportExtraction extraction) => throw new IOException("disk full");

        public IReadOnlyList<SaveOutcome> SaveBatch(IReadOnlyList<(ReportSubmission Submission, ReportExtraction Extraction)> reports) => throw new IOException("disk full");

        public IReadOnlyList<ReportSummary> ListReports() => [];

        public StoredReport? FindReport(long id) => null;

        public Actor? FindActor(string actorId) => null;

        public IReadOnlyList<ActorEvidence> EvidenceFor(string actorId, EventQuery? scope = null) => [];

        public IReadOnlyDictionary<string, int> CountReportsByCrimeArea() => new Dictionary<string, int>();

        public IReadOnlyList<IReadOnlyDictionary<string, int>> CountReportsByCountryGroups(IReadOnlyList<IReadOnlyDictionary<string, string>> groupings) => [.. groupings.Select(_ => new Dictionary<string, int>())];

        public IReadOnlyList<Actor> SearchActors(string query, int limit) => [];

        public CooperationDataset LoadDataset() => CooperationDataset.Empty;

        public ReportPage ListReports(string? cursor, int limit, string? language = null) => new([], null);

        public IReadOnlyList<Actor> ListActors() => [];

        public CooperationDataset LoadDataset(EventQuery query) => CooperationDataset.Empty;

        public long Version() => 0;

        public TallySet ReadTallies(TallyScope scope) => new([], []);

        public TallySet ReadTallySums(TallyScope scope) => new([], []);

        public EdgeEvidencePage EdgeEvidence(IReadOnlyCollection<string> sourceActors, IReadOnlyCollection<string> targetActors, long? eventId, string? cursor, int limit, EventQuery? scope = null) => new([], null);
    }
}
