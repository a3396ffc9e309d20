using Graph.Core.Curation;
using Graph.Core.Model;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;

namespace Graph.Core.Tests.Curation;

/// <summary>The curated view counted again only where the edits reach equals the full rebuild over the curated events.</summary>
public sealed class CuratedIncrementTests : IDisposable
{
    private static readonly string[] More =
    [
        """
        Pangea XVI against fake medicines
        Lyon, 10 October 2023. Operation Pangea XVI was coordinated by INTERPOL with police from Spain, France and Italy. Officers arrested 72 people and seized fake medicines.
        """,
        """
        Fake pills seized in Europe
        Madrid, 12 October 2023. Spanish and Italian police took part in Operation Pangea 16 against illicit medicines, together with INTERPOL and Europol. In all 72 people were arrested.
        """,
        """
        Raid on a warehouse
        Madrid, 3 March 2024. INTERPOL and the Guardia Civil seized fake medicines in a raid on a warehouse with police from Portugal.
        """,
        """
        Cocaine in Antwerp
        Antwerp, 2 April 2024. The Belgian Federal Police and Europol seized cocaine with the Dutch National Police and customs officers from Spain.
        """,
    ];

    private readonly CuratedStore _data = new();

    public void Dispose() => _data.Dispose();

    private void Fill()
    {
        _data.Ingest(CuratedStore.Vibora);
        _data.Ingest(CuratedStore.Harbour);
        foreach (var text in More)
        {
            _data.Ingest(text);
        }
    }

    public static TheoryData<NetworkView, EdgeWeighting> Views()
    {
        var data = new TheoryData<NetworkView, EdgeWeighting>();
        foreach (var view in new[] { NetworkView.Actors, NetworkView.Countries, NetworkView.Agencies })
        {
            foreach (var weighting in new[] { EdgeWeighting.Operations, EdgeWeighting.Reports, EdgeWeighting.Newman })
            {
                data.Add(view, weighting);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void EveryKindOfEditCountedAgainWhereItReachesEqualsTheFullRebuild(NetworkView view, EdgeWeighting weighting)
    {
        Fill();
        var agencies = _data.Store.ListActors().Where(a => a.Kind == ActorKind.Agency).Select(a => a.Id).Order(StringComparer.Ordinal).ToList();
        var other = agencies.First(a => a != "agency:europol" && a != "agency:interpol");
        var events = _data.Store.LoadDataset(new EventQuery(Uncurated: true)).Events.Where(e => e.Participants.Count >= 2).ToList();
        _data.Edit(new EditInput("merge", "one body", Actor: "agency:europol", Other: other));
        _data.Edit(new EditInput("set-country", "seat", Actor: "agency:interpol", Country: "FR"));
        _data.Edit(new EditInput("reject-participation", "not there", Actor: events[1].Participants[^1].ActorId, EventId: events[1].Id));
        var absent = agencies.First(a => a != other && events[2].Participants.All(p => p.ActorId != a));
        _data.Edit(new EditInput("add-participation", "missed", Actor: absent, EventId: events[2].Id,
            SentenceStart: events[2].Participants[0].SentenceSpan.Start, SentenceLength: events[2].Participants[0].SentenceSpan.Length));
        _data.Edit(new EditInput("reject-role", "did not lead", Actor: events[0].Participants[0].ActorId == other ? "agency:europol" : events[0].Participants[0].ActorId, EventId: events[0].Id));

        AssertSame(view, weighting);
    }

    [Theory]
    [InlineData(NetworkView.Actors)]
    [InlineData(NetworkView.Countries)]
    public void AParticipationEditAloneEqualsTheFullRebuildWithACrimeAreaFilterToo(NetworkView view)
    {
        Fill();
        var cooperation = _data.Store.LoadDataset(new EventQuery(Uncurated: true)).Events.First(e => e.Participants.Count >= 3);
        _data.Edit(new EditInput("reject-participation", "not there", Actor: cooperation.Participants[0].ActorId, EventId: cooperation.Id));

        AssertSame(view, EdgeWeighting.Operations);
        AssertSame(view, EdgeWeighting.Operations, cooperation.CrimeArea);
    }

    private void AssertSame(NetworkView view, EdgeWeighting weighting, string? area = null)
    {
        var filter = new NetworkFilter(CrimeArea: area, Weighting: weighting);
        var counted = AggregateNetworkBuilder.Build(_data.Store, view, filter);
        var rebuilt = NetworkBuilder.Build(_data.Store.LoadDataset(new EventQuery(CrimeArea: area)), view, filter);

        Assert.Equal(rebuilt.Nodes.Select(n => (n.Id, n.Label, n.Kind, n.CountryCode, n.Curated)), counted.Nodes.Select(n => (n.Id, n.Label, n.Kind, n.CountryCode, n.Curated)));
        Assert.Equal(rebuilt.Edges.Select(e => (e.Id, Math.Round(e.Weight, 9), e.Kind, e.FirstDate, e.ReportCount, e.EventCount, e.Curated)),
            counted.Edges.Select(e => (e.Id, Math.Round(e.Weight, 9), e.Kind, e.FirstDate, e.ReportCount, e.EventCount, e.Curated)));
        Assert.NotEmpty(counted.Edges);
    }
}
