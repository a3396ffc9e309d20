using Graph.Core.Curation;
using Graph.Core.Model;
using Graph.Core.Network;
using Graph.Core.Storage;

namespace Graph.Core.Tests.Curation;

public sealed class CurationTests : IDisposable
{
    private readonly CuratedStore _data = new();

    public void Dispose() => _data.Dispose();

    private (string A, string B) TwoAgencies()
    {
        _data.Ingest(CuratedStore.Vibora);
        _data.Ingest(CuratedStore.Harbour);
        var agencies = _data.Network().Nodes.Where(n => n.Kind == NodeKind.Agency).Select(n => n.Id).ToList();
        Assert.Contains("agency:europol", agencies);
        return ("agency:europol", agencies.First(id => id != "agency:europol"));
    }

    [Fact]
    public void AMergeAndItsUndoRestoreTheExactPreviousGraph()
    {
        var (kept, merged) = TwoAgencies();
        var before = _data.GraphML();

        var merge = _data.Edit(new EditInput("merge", "same body under two names", Actor: kept, Other: merged));
        var afterMerge = _data.Network();
        Assert.False(afterMerge.ContainsNode(merged));
        Assert.True(afterMerge.FindNode(kept)!.Curated);
        Assert.NotEqual(before, _data.GraphML());

        _data.Edit(new EditInput("undo", "merged the wrong pair", Undoes: merge.Id));

        Assert.Equal(before, _data.GraphML());
        Assert.Equal(2, _data.Store.ReadEdits().Count);
    }

    [Fact]
    public void AMergeMovesTheOtherActorsEdgesAndMarksThemCurated()
    {
        var (kept, merged) = TwoAgencies();
        var neighbours = _data.Network().EdgesOf(merged).Select(e => e.OtherEnd(merged)).Where(n => n != kept).ToList();
        Assert.NotEmpty(neighbours);

        _data.Edit(new EditInput("merge", "one body", Actor: kept, Other: merged));

        var network = _data.Network();
        foreach (var neighbour in neighbours)
        {
            var edge = network.FindEdge(kept, neighbour);
            Assert.NotNull(edge);
            Assert.True(edge.Curated);
        }

        Assert.Contains(network.Edges, e => !e.Curated);
        Assert.Contains(network.FindNode(kept)!.Label, new[] { "Europol" });
    }

    [Fact]
    public void AnAddedParticipationCarriesItsSentenceIntoTheEvidence()
    {
        var report = _data.Ingest(CuratedStore.Vibora);
        _data.Ingest(CuratedStore.Harbour);
        var stored = _data.Store.FindReport(report)!;
        var cooperation = stored.Events[0];
        var absent = _data.Store.ListActors().First(a => cooperation.Participants.All(p => p.ActorId != a.Id) && a.Kind == ActorKind.Agency);
        const string said = "The Guardia Civil searched three houses.";
        var start = stored.Text.IndexOf(said, StringComparison.Ordinal);

        _data.Edit(new EditInput("add-participation", "the searches were part of it", Actor: absent.Id, EventId: cooperation.Id,
            SentenceStart: start, SentenceLength: said.Length));

        var lead = cooperation.Participants.First(p => p.Role == ParticipantRole.Lead).ActorId;
        var edge = _data.Network().FindEdge(lead, absent.Id);
        Assert.NotNull(edge);
        Assert.True(edge.Curated);
        var page = EdgeEvidenceReader.Read(_data.Store, NetworkView.Actors, edge.Source, edge.Target, null, 10);
        Assert.Contains(page.Evidence, e => e.ReportId == report && e.Sentences.Contains(said));
    }

    [Fact]
    public void ARejectedParticipationLeavesTheGraphAndItsUndoBringsItBack()
    {
        var report = _data.Ingest(CuratedStore.Vibora);
        var cooperation = _data.Store.FindReport(report)!.Events[0];
        var dropped = cooperation.Participants.First(p => p.Role != ParticipantRole.Lead).ActorId;
        var before = _data.GraphML();

        var reject = _data.Edit(new EditInput("reject-participation", "not in the operation", Actor: dropped, EventId: cooperation.Id));
        Assert.False(_data.Network().ContainsNode(dropped));

        _data.Edit(new EditInput("undo", "it was", Undoes: reject.Id));
        Assert.Equal(before, _data.GraphML());
    }

    [Fact]
    public void EditsSurviveReingestOfTheSameReport()
    {
        var report = _data.Ingest(CuratedStore.Vibora);
        var agency = _data.Network().Nodes.First(n => n.Kind == NodeKind.Agency && n.Id != "agency:europol").Id;
        _data.Edit(new EditInput("rename", "official name", Actor: agency, Name: "Curated Name Police"));

        var again = _data.Ingestor.Ingest(new ReportSubmission(CuratedStore.Vibora));

        Assert.False(again.Saved.Created);
        Assert.Equal(report, again.Saved.ReportId);
        Assert.Equal("Curated Name Police", _data.Network().FindNode(agency)!.Label);
    }

    [Fact]
    public void EditsNameReportsByContentSoTheyApplyAfterAReimportIntoAnotherDatabase()
    {
        var report = _data.Ingest(CuratedStore.Vibora);
        var cooperation = _data.Store.FindReport(report)!.Events[0];
        var dropped = cooperation.Participants.First(p => p.Role != ParticipantRole.Lead).ActorId;
        _data.Edit(new EditInput("reject-participation", "not there", Actor: dropped, EventId: cooperation.Id));

        using var fresh = new CuratedStore("other.db");
        fresh.Ingest(CuratedStore.Harbour);
        var moved = fresh.Ingest(CuratedStore.Vibora);
        Assert.NotEqual(report, moved);
        foreach (var edit in _data.Store.ReadEdits())
        {
            fresh.Store.AppendEdit(edit.Edit, edit.Author, edit.Reason);
        }

        var curated = fresh.Store.LoadDataset().Events.Single(e => e.ReportId == moved);
        Assert.DoesNotContain(curated.Participants, p => p.ActorId == dropped);
    }

    [Fact]
    public void ARefusedEditLeavesTheStoreUntouched()
    {
        _data.Ingest(CuratedStore.Vibora);
        var version = _data.Store.Version();

        var check = EditChecker.Check(_data.Store, _data.Store, new EditInput("merge", "typo", Actor: "agency:europol", Other: "agency:no-such-body"));

        Assert.False(check.IsValid);
        Assert.Contains("other", check.Errors.Keys);
        Assert.Empty(_data.Store.ReadEdits());
        Assert.Equal(version, _data.Store.Version());
    }

    [Fact]
    public void OperationLinksAreKeptForTheLinkerAndLeaveTheNetworkAsItWas()
    {
        var report = _data.Ingest(CuratedStore.Vibora);
        var before = _data.GraphML();

        _data.Edit(new EditInput("link-operation", "same operation as the Europol release", ReportId: report, Operation: "vibora"));

        Assert.Equal(before, _data.GraphML());
        var decision = Assert.Single(OperationLinks.Decisions(_data.Store.ReadEdits()));
        Assert.True(decision.Linked);
        Assert.Equal("vibora", decision.Operation);
        Assert.Equal(_data.Store.FindReport(report)!.Summary.ContentHash, decision.ReportHash);
    }

    [Theory]
    [InlineData(NetworkView.Actors)]
    [InlineData(NetworkView.Countries)]
    [InlineData(NetworkView.Agencies)]
    public void TheCuratedRecountEqualsTheFullRebuildOverTheCuratedEvents(NetworkView view)
    {
        var (kept, merged) = TwoAgencies();
        var report = _data.Store.ListReports()[0].Id;
        var cooperation = _data.Store.FindReport(report)!.Events[0];
        _data.Edit(new EditInput("merge", "one body", Actor: kept, Other: merged));
        _data.Edit(new EditInput("set-country", "seat", Actor: kept, Country: "NL"));
        _data.Edit(new EditInput("reject-role", "did not lead", Actor: cooperation.Participants[0].ActorId == merged ? kept : cooperation.Participants[0].ActorId, EventId: cooperation.Id));

        var recounted = _data.Network(view);
        var rebuilt = NetworkBuilder.Build(_data.Store.LoadDataset(), view, NetworkFilter.None);

        Assert.Equal(rebuilt.Nodes.Select(n => (n.Id, n.Label, n.Curated)).Order(), recounted.Nodes.Select(n => (n.Id, n.Label, n.Curated)).Order());
        Assert.Equal(rebuilt.Edges.Select(e => (e.Id, e.Weight, e.Kind, e.Curated)).Order(), recounted.Edges.Select(e => (e.Id, e.Weight, e.Kind, e.Curated)).Order());
        Assert.Contains(recounted.Edges, e => e.Curated);
    }
}
