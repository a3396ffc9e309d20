using Graph.Core.Model;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>What the import (issue 11) needs of every store: coded events kept once, and batches that refuse one report alone.</summary>
public abstract partial class ReportStoreContract
{
    [Fact]
    public void ACodedEventSavedAgainIsFoundByItsCoderIdAndStoredOnce()
    {
        var store = CreateStore();
        var coded = new CodedEvent(1234567890L, new DateOnly(2024, 5, 1), "ES", "FR", "042", "Make a visit", 1, 1.9, 3, null);

        var first = store.Save(new ReportSubmission("GDELT coded Spain and France, first wording.", Coded: coded), Extraction(null, Spain));
        var again = store.Save(new ReportSubmission("GDELT coded Spain and France, second wording.", Coded: coded), Extraction(null, Spain));

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.ReportId, again.ReportId);
        Assert.Equal(SourceKind.Coded, Assert.Single(store.ListReports()).Source);
        Assert.Equal(SourceKind.Coded, Assert.Single(store.FindReport(first.ReportId)!.Events).Source);
    }

    [Fact]
    public void AReportTheDatabaseRefusesInABatchIsRolledBackAloneAndTheRestCommitWithTheirTallies()
    {
        var store = CreateStore();
        var good = Extraction(null, Europol, GuardiaCivil);
        // A participation naming an actor the report never lists breaks the foreign key.
        var broken = good with { Actors = [Europol], Mentions = [], Events = [new CooperationEvent(null, null, [new Participation("agency:nowhere", ParticipantRole.Lead, new TextSpan(0, 5))], new Dictionary<string, int>())] };
        var before = store.Version();

        var outcomes = store.SaveBatch([(new ReportSubmission(Text(1)), good), (new ReportSubmission(Text(2)), broken), (new ReportSubmission(Text(3)), good)]);

        Assert.Equal([true, false, true], outcomes.Select(o => o.Saved?.Created == true));
        Assert.NotNull(outcomes[1].Error);
        Assert.Equal(2, store.ListReports().Count);
        Assert.NotEqual(before, store.Version());
        var edge = Assert.Single(AggregateNetworkBuilder.Build(store, NetworkView.Actors, NetworkFilter.None).Edges);
        Assert.Equal(2, edge.ReportCount);
    }

    [Fact]
    public void ABatchGivesTheSameTalliesAsItsReportsSavedOneByOne()
    {
        var (batched, single) = (CreateStore(), CreateStore());
        var reports = Enumerable.Range(1, 6).Select(i => (Submission: new ReportSubmission(Text(i), Date: new DateOnly(2024, 1 + (i % 2), i)),
            Extraction: Extraction(i % 3 == 0 ? "fraud" : "cybercrime", i % 2 == 0 ? [Europol, GuardiaCivil, Spain] : [GuardiaCivil, Europol]))).ToList();

        batched.SaveBatch(reports);
        reports.ForEach(r => single.Save(r.Submission, r.Extraction));

        foreach (var scope in new[] { new TallyScope("actors", "*", "*", "*"), new TallyScope("agencies", "*", "2024-01", "2024-12"), new TallyScope("actors", "fraud", "2024-01", "2024-12") })
        {
            var (a, b) = (batched.ReadTallies(scope), single.ReadTallies(scope));
            Assert.NotEmpty(a.Edges);
            Assert.Equal(Rows(b), Rows(a));
        }
    }

    [Fact]
    public void ABatchOfHundredsOfTallyRowsGivesTheSameTalliesAsItsReportsSavedOneByOne()
    {
        // Sixty reports over sixty months, three crime areas and three actor sets: some hundreds of summed
        // tally rows, past the size from which PostgreSQL copies a batch's rows rather than inserting them.
        var (batched, single) = (CreateStore(), CreateStore());
        Actor[][] sets = [[Europol, GuardiaCivil, Spain], [GuardiaCivil, Europol], [Europol, Spain]];
        string?[] areas = ["fraud", "cybercrime", null];
        var reports = Enumerable.Range(0, 60).Select(i => (Submission: new ReportSubmission(Text(i), Date: new DateOnly(2020 + (i % 5), 1 + (i % 12), 1 + (i % 28))),
            Extraction: Extraction(areas[i % 3], sets[i / 3 % 3]))).ToList();

        batched.SaveBatch(reports);
        reports.ForEach(r => single.Save(r.Submission, r.Extraction));

        foreach (var scope in new[] { new TallyScope("actors", "*", "*", "*"), new TallyScope("agencies", "*", "2020-01", "2024-12"),
            new TallyScope("actors", "fraud", "2020-01", "2024-12"), new TallyScope("agencies", "cybercrime", "2020-01", "2024-12") })
        {
            var (a, b) = (batched.ReadTallies(scope), single.ReadTallies(scope));
            Assert.NotEmpty(a.Edges);
            Assert.Equal(Rows(b), Rows(a));
        }
    }

    [Fact]
    public void ABatchWhoseEventsStartJoinAndMergeOperationsGivesTheSameOperationTalliesAsOneByOneAroundARefusedReport()
    {
        var (batched, single) = (CreateStore(), CreateStore());
        var names = new[] { "Operation Kilo", "Operation Lima", null, "Operation Kilo", "Operation Mike", null, "Operation Lima", "Operation Kilo" };
        var reports = names.Select((name, i) =>
        {
            var extraction = Extraction(i % 3 == 0 ? "fraud" : null, i % 2 == 0 ? [Europol, GuardiaCivil, Spain] : [GuardiaCivil, Europol]);
            return (Submission: new ReportSubmission(Text(i), Date: new DateOnly(2024, 1 + (i % 3), 1 + i)),
                Extraction: extraction with { Events = [extraction.Events[0] with { Name = name }] });
        }).ToList();
        // A participation naming an actor the report never lists breaks the foreign key, after earlier reports' rows were written out.
        var broken = reports[4].Extraction with { Events = [.. reports[4].Extraction.Events,
            new CooperationEvent("Operation Kilo", null, [new Participation("agency:nowhere", ParticipantRole.Lead, new TextSpan(0, 5))], new Dictionary<string, int>())] };

        var outcomes = batched.SaveBatch([.. reports.Take(4), (new ReportSubmission(Text(99)), broken), .. reports.Skip(4)]);
        // The refused report is tried in the same place one by one too: PostgreSQL spends the ids it took (first keys hold event ids).
        reports.Take(4).ToList().ForEach(r => single.Save(r.Submission, r.Extraction));
        Assert.ThrowsAny<System.Data.Common.DbException>(() => single.Save(new ReportSubmission(Text(99)), broken));
        reports.Skip(4).ToList().ForEach(r => single.Save(r.Submission, r.Extraction));

        Assert.Equal(reports.Count, outcomes.Count(o => o.Saved?.Created == true));
        foreach (var scope in new[] { new TallyScope("operations:actors", "*", "*", "*"), new TallyScope("operations:agencies", "*", "2024-01", "2024-12"),
            new TallyScope("operations:actors", "fraud", "2024-01", "2024-12"), new TallyScope("actors", "*", "*", "*") })
        {
            var (a, b) = (batched.ReadTallies(scope), single.ReadTallies(scope));
            Assert.NotEmpty(a.Edges);
            Assert.Equal(Rows(b), Rows(a));
        }
    }

    [Fact]
    public void AnActorOnlyARefusedReportOfABatchNamesIsNotStored()
    {
        var store = CreateStore();
        var interpol = new Actor("agency:interpol-test", ActorKind.Agency, "Interpol Test", "FR", []);
        var named = Extraction("fraud", Europol, interpol);
        var broken = named with { Events = [.. named.Events,
            new CooperationEvent("Operation Kilo", null, [new Participation("agency:nowhere", ParticipantRole.Lead, new TextSpan(0, 5))], new Dictionary<string, int>())] };

        var outcomes = store.SaveBatch([(new ReportSubmission(Text(1)), Extraction("fraud", Europol, GuardiaCivil)), (new ReportSubmission(Text(2)), broken)]);

        Assert.NotNull(outcomes[1].Error);
        Assert.Null(store.FindActor(interpol.Id));
        Assert.NotNull(store.FindActor(Europol.Id));
    }

    [Fact]
    public void AnActorNamedAgainInABatchWithANewAliasOrTheCountryItLackedIsStoredAsWhenSavedOneByOne()
    {
        var (batched, single) = (CreateStore(), CreateStore());
        var unplaced = Europol with { Aliases = [] };
        var placed = Europol with { CountryCode = "NL", Aliases = ["European Police Office"] };
        var renamed = GuardiaCivil with { Name = "Benemérita", Aliases = ["Guardia Civil española"] };
        var reports = new[] { (unplaced, GuardiaCivil), (placed, renamed), (Europol, GuardiaCivil), (unplaced, renamed) }
            .Select((pair, i) => (Submission: new ReportSubmission(Text(i), Date: new DateOnly(2024, 3, 1 + i)), Extraction: Extraction("fraud", pair.Item1, pair.Item2, Spain)))
            .ToList();

        batched.SaveBatch(reports);
        reports.ForEach(r => single.Save(r.Submission, r.Extraction));

        foreach (var id in new[] { Europol.Id, GuardiaCivil.Id, Spain.Id })
        {
            var (a, b) = (batched.FindActor(id)!, single.FindActor(id)!);
            Assert.Equal((b.Kind, b.Name, b.CountryCode), (a.Kind, a.Name, a.CountryCode));
            Assert.Equal(b.Aliases, a.Aliases);
        }

        Assert.Equal("NL", batched.FindActor(Europol.Id)!.CountryCode);
        Assert.Contains("Guardia Civil española", batched.FindActor(GuardiaCivil.Id)!.Aliases);
        var scope = new TallyScope("countries", "*", "*", "*");
        Assert.Equal(Rows(single.ReadTallies(scope)), Rows(batched.ReadTallies(scope)));
    }

    private static List<string> Rows(TallySet tallies) =>
    [
        .. tallies.Nodes.Select(n => n.ToString()).Order(StringComparer.Ordinal),
        .. tallies.Edges.Select(e => (e with { Newman = Math.Round(e.Newman, 9) }).ToString()).Order(StringComparer.Ordinal),
    ];
}
