using Graph.Core.Curation;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Snapshots;
using Graph.Core.Storage;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>What curation and snapshots (issue 14) need of every store: the edit log, its effect on every read, frozen snapshots.</summary>
public abstract partial class ReportStoreContract
{
    [Fact]
    public void AnAppendedEditIsReadBackMovesTheVersionAndShapesEveryViewAnotherProcessReads()
    {
        var store = CreateStore();
        store.Save(new ReportSubmission(Text(1)), Extraction("cybercrime", Europol, GuardiaCivil, Spain));
        var version = store.Version();

        var check = EditChecker.Check(store, store, new EditInput("merge", "one body", Actor: "agency:europol", Other: "agency:guardia-civil"));
        var stored = store.AppendEdit(check.Edit!, "tester", "one body");

        var other = Reopen(store);
        Assert.Equal(stored, Assert.Single(other.ReadEdits()));
        Assert.NotEqual(version, other.Version());
        var network = AggregateNetworkBuilder.Build(other, NetworkView.Actors, NetworkFilter.None);
        Assert.False(network.ContainsNode("agency:guardia-civil"));
        Assert.True(network.FindEdge("agency:europol", "country:ES")!.Curated);
        Assert.Contains("Guardia Civil", other.LoadDataset().Actors.Single(a => a.Id == "agency:europol").Aliases);
        Assert.Null(other.FindActor("agency:guardia-civil"));
        Assert.Contains("Guardia Civil", other.FindActor("agency:europol")!.Aliases);
    }

    [Fact]
    public void ASnapshotIsKeptOnceByItsHashAndReadBackWhole()
    {
        var store = CreateStore();
        store.Save(new ReportSubmission(Text(1)), Extraction(null, Europol, Spain));

        var (info, created) = Snapshotter.Freeze(store, store, store, "tester");
        var (again, createdAgain) = Snapshotter.Freeze(Reopen(store), store, store, "tester");

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(info.Hash, again.Hash);
        var frozen = Reopen(store).LoadSnapshot(info.Hash)!;
        Assert.Equal(store.LoadDataset(new EventQuery(Uncurated: true)).Events.Single().Participants, frozen.Events.Single().Participants);
        Assert.Equal(info.Hash, Snapshotter.Hash(frozen, info.ExtractionVersion));
    }
}
