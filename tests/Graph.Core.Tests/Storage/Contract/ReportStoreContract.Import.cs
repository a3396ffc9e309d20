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
}
