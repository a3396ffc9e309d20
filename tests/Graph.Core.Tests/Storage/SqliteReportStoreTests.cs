using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Tests.Storage;

public sealed class SqliteReportStoreTests : IDisposable
{
    private const string Text = "Europol worked with the Guardia Civil. Spain hosted the meeting.";
    private readonly string _folder = Directory.CreateTempSubdirectory("graph-store-tests-").FullName;

    private string DatabaseFile => Path.Combine(_folder, "graph.db");

    private SqliteReportStore Open() => new($"Data Source={DatabaseFile}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static readonly Actor Europol = new("agency:europol", ActorKind.Agency, "Europol", null, ["EUROPOL"]);
    private static readonly Actor GuardiaCivil = new("agency:guardia-civil", ActorKind.Agency, "Guardia Civil", "ES", ["Civil Guard"]);
    private static readonly Actor Spain = new("country:ES", ActorKind.Country, "Spain", "ES", []);

    private static ReportExtraction Extraction(params Actor[] actors)
    {
        var first = new TextSpan(0, 38);
        var participations = actors.Select((a, i) => new Participation(a.Id, i == 0 ? ParticipantRole.Lead : ParticipantRole.Participant, first)).ToList();
        return new ReportExtraction(
            new DateOnly(2024, 5, 1),
            "A meeting",
            actors,
            [.. actors.Select(a => new ActorMention(a.Id, a.Name, new TextSpan(0, 7), first))],
            [new CooperationEvent("Operation Test", "cybercrime", participations, new Dictionary<string, int> { ["arrests"] = 3 })]);
    }

    [Fact]
    public void ASavedReportIsReadBackWithItsEventsAndEvidence()
    {
        var store = Open();

        var saved = store.Save(new ReportSubmission(Text, Url: "https://example.org/r"), Extraction(Europol, GuardiaCivil, Spain));

        Assert.True(saved.Created);
        var report = store.FindReport(saved.ReportId)!;
        Assert.Equal("A meeting", report.Summary.Title);
        Assert.Equal(new DateOnly(2024, 5, 1), report.Summary.Date);
        Assert.Equal(Text, report.Text);
        var cooperation = Assert.Single(report.Events);
        Assert.Equal(3, cooperation.Figures["arrests"]);
        var lead = Assert.Single(cooperation.Participants, p => p.Role == ParticipantRole.Lead);
        Assert.Equal("agency:europol", lead.ActorId);
        Assert.Equal("Europol worked with the Guardia Civil.", lead.Sentence);
    }

    [Fact]
    public async Task AWriteKeptWaitingPastItsTimeoutByAnotherWriterRunsAgainAndLands()
    {
        Open().Version();
        var store = new SqliteReportStore($"Data Source={DatabaseFile};Default Timeout=1");
        // Another connection, as another importer's process would, holds the file's write lock for longer than the
        // store's one-second timeout: its first try gives up with SQLITE_BUSY, a later one finds the lock free.
        using var other = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        other.Open();
        var held = other.BeginTransaction();
        var release = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            held.Commit();
        });

        var saved = store.Save(new ReportSubmission(Text), Extraction(Europol, GuardiaCivil, Spain));

        await release;
        Assert.True(saved.Created);
        Assert.Single(store.ListReports());
    }

    [Fact]
    public void OpeningAClosedStoreGivesItsWalAFrameAndChangesNothing()
    {
        var version = Open().Save(new ReportSubmission(Text), Extraction(Europol, GuardiaCivil, Spain)) is { Created: true } ? Open().Version() : -1;
        // The last connection closed checkpoints the WAL into the file and removes it.
        SqliteConnection.ClearAllPools();
        Assert.False(File.Exists(DatabaseFile + "-wal") && new FileInfo(DatabaseFile + "-wal").Length > 0);

        var store = Open();

        Assert.True(new FileInfo(DatabaseFile + "-wal").Length > 0);
        Assert.Equal(version, store.Version());
        Assert.Single(store.ListReports());
    }

    [Fact]
    public void TheSameTextIsStoredOnceEvenWithDifferentLineEndings()
    {
        var store = Open();

        var first = store.Save(new ReportSubmission(Text + "\n"), Extraction(Europol));
        var second = store.Save(new ReportSubmission(Text.Replace(". ", ".\r\n", StringComparison.Ordinal).Replace(".\r\n", ". ", StringComparison.Ordinal) + "\r\n"), Extraction(Europol));

        Assert.False(second.Created);
        Assert.Equal(first.ReportId, second.ReportId);
        Assert.Single(store.ListReports());
    }

    [Fact]
    public void AFailingSaveLeavesNothingBehind()
    {
        var store = Open();
        var broken = Extraction(Europol) with { Mentions = [new ActorMention("agency:nowhere", "x", new TextSpan(0, 1), new TextSpan(0, 1))] };

        Assert.Throws<SqliteException>(() => store.Save(new ReportSubmission(Text), broken));

        Assert.Empty(store.ListReports());
        Assert.Empty(store.LoadDataset().Actors);
    }

    [Fact]
    public void AnActorSeenInTwoReportsIsOneActorWithEveryAlias()
    {
        var store = Open();
        store.Save(new ReportSubmission(Text), Extraction(Europol));
        store.Save(new ReportSubmission("Another report, written later, about Europol and its work."), Extraction(Europol with { Aliases = ["European Police Office"] }));

        var europol = Assert.Single(store.LoadDataset().Actors);
        Assert.Equal(["EUROPOL", "European Police Office"], europol.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(2, store.EvidenceFor("agency:europol").Count);
    }

    [Fact]
    public void SearchIgnoresCaseAndAccentsAndRanksPrefixesFirst()
    {
        var store = Open();
        var police = new Actor("agency:spain-national-police", ActorKind.Agency, "Spanish National Police", "ES", ["Policía Nacional"]);
        store.Save(new ReportSubmission(Text), Extraction(police, GuardiaCivil));

        Assert.Equal("agency:spain-national-police", Assert.Single(store.SearchActors("POLICIA", 5)).Id);
        Assert.Equal(["agency:guardia-civil", "agency:spain-national-police"], store.SearchActors("ci", 5).Select(a => a.Id).Order());
        Assert.Empty(store.SearchActors("%", 5));
    }

    [Fact]
    public void AReopenedFileServesTheSameDataset()
    {
        Open().Save(new ReportSubmission(Text), Extraction(Europol, Spain));
        SqliteConnection.ClearAllPools();

        var dataset = Open().LoadDataset();

        Assert.Equal(2, dataset.Actors.Count);
        Assert.Single(dataset.Reports);
        Assert.Equal(2, Assert.Single(dataset.Events).Participants.Count);
    }

    [Fact]
    public void TheDatabaseUsesWriteAheadLogging()
    {
        Open();
        using var connection = new SqliteConnection($"Data Source={DatabaseFile}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void UnknownIdsGiveNull()
    {
        var store = Open();

        Assert.Null(store.FindReport(42));
        Assert.Null(store.FindActor("agency:nobody"));
    }

    [Fact]
    public void AFileFromANewerSchemaIsRefusedAndLeftAlone()
    {
        Open().Save(new ReportSubmission(Text), Extraction(Europol));
        Execute("UPDATE schema_version SET version = 99");

        var refused = Assert.Throws<InvalidOperationException>(Open);

        Assert.Contains("schema 99", refused.Message, StringComparison.Ordinal);
        Assert.Equal(99L, Query("SELECT version FROM schema_version"));
        Assert.Equal(1L, Query("SELECT COUNT(*) FROM reports"));
    }

    [Fact]
    public void AFileAtVersionTwoWithoutTalliesGainsThemRebuiltFromItsEvents()
    {
        Open().Save(new ReportSubmission(Text), Extraction(Europol, Spain));
        var (nodes, edges) = (Query("SELECT COUNT(*) FROM node_tallies"), Query("SELECT COUNT(*) FROM edge_tallies"));
        // What main's schema 2 (source kinds and coded events, no tallies yet, no language) leaves in a file.
        Execute("DROP TABLE node_tallies; DROP TABLE edge_tallies; DROP TABLE store_version; ALTER TABLE reports DROP COLUMN language; UPDATE schema_version SET version = 2");
        Execute("DROP TABLE operation_tallies; DROP TABLE operation_events; DROP TABLE operations; " + CopiedSentences);

        Open();

        Assert.Equal((long)Schema.Version, Query("SELECT version FROM schema_version"));
        Assert.NotEqual(0L, edges);
        Assert.Equal(nodes, Query("SELECT COUNT(*) FROM node_tallies"));
        Assert.Equal(edges, Query("SELECT COUNT(*) FROM edge_tallies"));
        Assert.Equal(1L, Query("SELECT COUNT(*) FROM reports WHERE source_kind = 'report'"));
    }

    [Fact]
    public void AFileAtVersionThreeGainsTheLanguageColumnWithItsReportsReadAsEnglish()
    {
        var saved = Open().Save(new ReportSubmission(Text), Extraction(Europol, Spain) with { Language = "es" });
        // What schema 3 (tallies, before languages and operations) leaves in a file.
        Execute("ALTER TABLE reports DROP COLUMN language; UPDATE schema_version SET version = 3");
        Execute("DROP TABLE operation_tallies; DROP TABLE operation_events; DROP TABLE operations; ALTER TABLE node_tallies DROP COLUMN sources; ALTER TABLE edge_tallies DROP COLUMN sources; " + CopiedSentences);

        var store = Open();

        Assert.Equal((long)Schema.Version, Query("SELECT version FROM schema_version"));
        Assert.Equal("en", store.FindReport(saved.ReportId)!.Summary.Language);
        Assert.Single(store.ListReports());
    }

    [Fact]
    public void AFileFromBeforeOperationsHasItsEventsLinkedAndCountedByOperation()
    {
        Open().Save(new ReportSubmission(Text), Extraction(Europol, Spain));
        Open().Save(new ReportSubmission(Text + " Again."), Extraction(Europol, Spain));
        var before = (Query("SELECT COUNT(*) FROM operations"), Query(OperationsActorsAllTime("reports")));
        // What schema 4 (languages, before operations) leaves in a file.
        Execute("DROP TABLE operation_tallies; DROP TABLE operation_events; DROP TABLE operations; ALTER TABLE node_tallies DROP COLUMN sources; ALTER TABLE edge_tallies DROP COLUMN sources; " + CopiedSentences);
        Execute("""
            DELETE FROM node_tallies WHERE projection IN (SELECT id FROM tally_names WHERE name LIKE 'operations:%');
            DELETE FROM edge_tallies WHERE projection IN (SELECT id FROM tally_names WHERE name LIKE 'operations:%');
            """);
        Execute($"UPDATE schema_version SET version = {Schema.OperationsVersion - 1}");

        Open();

        Assert.Equal((1L, 1L), before);
        Assert.Equal(before, (Query("SELECT COUNT(*) FROM operations"), Query(OperationsActorsAllTime("reports"))));
        Assert.Equal(2L, Query(OperationsActorsAllTime("sources")));
    }

    [Fact]
    public void AFileFromBeforeTheWritePathDropsItsCopiesAndReadsTheSameSentencesAndTallies()
    {
        var store = Open();
        store.Save(new ReportSubmission(Text), Extraction(Europol, Spain));
        store.Save(new ReportSubmission(Text + " Again."), Extraction(Europol, Spain));
        var lone = store.Save(new ReportSubmission("Spain and Europol met. " + Text), Extraction(Europol, Spain) with
        {
            Events = [new CooperationEvent("Operation Other", "fraud", [new Participation(Europol.Id, ParticipantRole.Lead, new TextSpan(23, 38))], new Dictionary<string, int>())],
        });
        var (sentences, tallies) = (Sentences(store), Tallies());
        // What the previous schema leaves: each row's sentence copied beside its offsets, and a copy of every operation's tallies.
        Execute(CopiedSentences + "UPDATE mentions SET sentence = substr((SELECT text FROM reports r WHERE r.id = report_id), sentence_start + 1, sentence_length);");
        Execute($"""
            INSERT INTO operation_tallies SELECT operation_id, 1, 1, -1, 1, 1, 1, 1, 0, 0.0, 20240501, 0 FROM operation_events WHERE report_id = {lone.ReportId};
            UPDATE schema_version SET version = {Schema.OperationMonthsVersion - 4}
            """);

        // The migrations from the write path on replay: the write path's, the node totals' (counted again from the edge rows), the tally codes' (kept as they are), the operation months', the mention surfaces' and the later ones.
        var upgraded = Open();

        Assert.Equal((long)Schema.Version, Query("SELECT version FROM schema_version"));
        Assert.Equal(0L, Query("SELECT COUNT(*) FROM pragma_table_info('participations') WHERE name = 'sentence'"));
        Assert.Equal(0L, Query($"SELECT COUNT(*) FROM operation_tallies WHERE operation_id IN (SELECT operation_id FROM operation_events WHERE report_id = {lone.ReportId})"));
        Assert.NotEqual(0L, Query("SELECT COUNT(*) FROM operation_tallies"));
        Assert.Equal("Europol worked with the Guardia Civil.", Sentences(upgraded)[0]);
        Assert.Equal(sentences, Sentences(upgraded));
        Assert.Equal(tallies, Tallies());
    }

    private static List<string> Sentences(SqliteReportStore store) =>
    [
        .. store.ListReports().SelectMany(r => store.FindReport(r.Id)!.Events).SelectMany(e => e.Participants).Select(p => p.Sentence),
        .. store.EvidenceFor(Spain.Id).SelectMany(e => e.Sentences),
    ];

    private object? Tallies() => Query("""
        SELECT group_concat(row, ' ') FROM (SELECT projection || ',' || crime_area || ',' || period || ',' || source || ',' || target || ','
            || reports || ',' || events || ',' || first_key || ',' || sources AS row FROM edge_tallies ORDER BY 1)
        """);

    [Fact]
    public void ReopeningAnUpToDateFileKeepsOneVersionRow()
    {
        Open();
        Open();

        Assert.Equal(1L, Query("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal((long)Schema.Version, Query("SELECT version FROM schema_version"));
    }

    [Fact]
    public async Task ConcurrentSavesOfTheSameTextStoreItOnce()
    {
        var stores = Enumerable.Range(0, 8).Select(_ => Open()).ToList();

        var results = await Task.WhenAll(stores.Select(store => Task.Run(() => store.Save(new ReportSubmission(Text), Extraction(Europol, Spain)))));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.ReportId).Distinct());
        Assert.Equal(1L, Query("SELECT COUNT(*) FROM reports"));
        Assert.Equal(2L, Query("SELECT COUNT(*) FROM mentions"));
    }

    [Fact]
    public async Task ConcurrentSavesOfDifferentTextsAreAllKept()
    {
        var store = Open();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => store.Save(new ReportSubmission($"{Text} Report {i}."), Extraction(Europol, GuardiaCivil)))));

        Assert.Equal(12, store.ListReports().Count);
        Assert.Equal(2, store.LoadDataset().Actors.Count);
    }

    [Fact]
    public void EachActorKeepsOnlyItsOwnAliases()
    {
        var store = Open();
        store.Save(new ReportSubmission(Text), Extraction(Europol, GuardiaCivil, Spain));

        Assert.Equal(["EUROPOL"], store.FindActor("agency:europol")!.Aliases);
        Assert.Equal(["Civil Guard"], store.FindActor("agency:guardia-civil")!.Aliases);
        Assert.Empty(store.FindActor("country:ES")!.Aliases);
    }

    // What every schema before the write path's had: the sentence copied into each mention and participation.
    // What files before the write path's migration held: each row's sentence copied beside its offsets, and each mention's surface form.
    private const string CopiedSentences =
        "ALTER TABLE mentions ADD COLUMN sentence TEXT NOT NULL DEFAULT ''; ALTER TABLE participations ADD COLUMN sentence TEXT NOT NULL DEFAULT ''; "
        + "ALTER TABLE mentions ADD COLUMN surface TEXT NOT NULL DEFAULT '';";

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabaseFile}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string OperationsActorsAllTime(string column) =>
        $"SELECT {column} FROM edge_tallies WHERE projection = (SELECT id FROM tally_names WHERE name = 'operations:actors') AND period = -1";

    private object? Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabaseFile}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
