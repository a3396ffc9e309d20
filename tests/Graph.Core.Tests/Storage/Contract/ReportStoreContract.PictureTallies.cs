using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>The totals a bounded picture is read from agree with the tallies they sum, on every database.</summary>
public abstract partial class ReportStoreContract
{
    private static readonly Actor Interpol = new("agency:interpol", ActorKind.Agency, "INTERPOL", null, []);

    [Theory]
    [InlineData("*", "*", "*")]
    [InlineData("cybercrime", "", "9999-12")]
    [InlineData("*", "2024-01", "2024-12")]
    public void PictureTotalsAreTheSumsOfTheTalliesAndOnlyTheChosenNodesEdgesAreRead(string area, string first, string last)
    {
        var store = CreateStore();
        store.Save(new ReportSubmission(Text(1)), Extraction("cybercrime", Europol, GuardiaCivil, Spain));
        store.Save(new ReportSubmission(Text(2)), Extraction(null, Europol, Spain));
        store.Save(new ReportSubmission(Text(3)), Extraction("cybercrime", Europol, Interpol));
        // One pair told in two months: over a scope of months, its rows of both are summed into one.
        store.Save(new ReportSubmission(Text(4), Date: new DateOnly(2024, 3, 9)), Extraction("cybercrime", Europol, GuardiaCivil));
        store.Save(new ReportSubmission(Text(5), Date: new DateOnly(2024, 4, 2)), Extraction("cybercrime", Europol, GuardiaCivil));
        var scope = new TallyScope("actors", area, first, last);
        string[] chosen = ["agency:europol", "agency:guardia-civil", "country:ES"];

        var (totals, edges) = store.ReadPictureTallies(scope, _ => chosen);

        var tallies = store.ReadTallies(scope);
        var expected = tallies.Edges.SelectMany(e => new[] { (Node: e.Source, Other: e.Target, e), (Node: e.Target, Other: e.Source, e) })
            .GroupBy(x => x.Node)
            .ToDictionary(g => g.Key, g => (Reports: g.Sum(x => (long)x.e.Reports), Newman: g.Sum(x => x.e.Newman), Degree: g.Select(x => x.Other).Distinct().Count()));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), totals.Links.Select(l => l.Node).Order(StringComparer.Ordinal));
        foreach (var link in totals.Links)
        {
            Assert.Equal(expected[link.Node].Reports, link.Reports);
            Assert.Equal(expected[link.Node].Newman, link.Newman, 9);
            Assert.Equal(expected[link.Node].Degree, link.Degree);
        }

        Assert.Equal(tallies.Nodes.Select(n => n.Node).Order(StringComparer.Ordinal), totals.Nodes.Select(n => n.Node).Order(StringComparer.Ordinal));
        Assert.NotEmpty(edges);
        var among = tallies.Edges.Where(e => chosen.Contains(e.Source) && chosen.Contains(e.Target)).ToList();
        Assert.Equal(among.Select(e => (e.Source, e.Target)).Distinct().Count(), edges.Count);
        Assert.Equal(among.GroupBy(e => (e.Source, e.Target)).Select(g => (g.Key.Source, g.Key.Target, g.Sum(e => e.Reports), g.Sum(e => e.Events),
                g.Min(e => e.FirstDate)!, g.Sum(e => e.Sources))).Order(),
            edges.Select(e => (e.Source, e.Target, e.Reports, e.Events, e.FirstDate, e.Sources)).Order());

        // The chosen nodes' edges read again once they are known, as a view of many nodes reads them: the same.
        var relational = Assert.IsAssignableFrom<Graph.Core.Storage.Relational.RelationalReportStore>(store);
        relational.KeepMonthRowsUpToNodes = 0;
        var (readTotals, readAgain) = store.ReadPictureTallies(scope, _ => chosen);
        Assert.Equal(totals.Links, readTotals.Links);
        Assert.Equal(edges, readAgain);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("CYBERCRIME")]
    public void DayEventsAreTheLoadedEventsOfTheDaysWithOnlyWhatATallyCounts(string? area)
    {
        var store = CreateStore();
        // Two reports inside the days (one of them of no crime area), one on each side of them, one undated.
        (DateOnly? Date, string? Area, Actor[] Actors)[] reports = [
            (new(2024, 3, 9), "cybercrime", [Europol, GuardiaCivil, Spain]), (new(2024, 3, 1), null, [Europol, Spain]),
            (new(2024, 3, 20), "cybercrime", [Europol, Interpol]), (new(2024, 2, 28), "cybercrime", [GuardiaCivil, Spain]),
            (null, "cybercrime", [Europol, GuardiaCivil])];
        store.SaveBatch([.. reports.Select((r, i) => (new ReportSubmission(Text(i + 1), Date: r.Date), Extraction(r.Area, r.Actors)))]);
        var (from, to) = (new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 10));

        var days = store.ReadDayEvents(from, to, area?.ToLowerInvariant());

        var loaded = store.LoadDataset(new EventQuery(from, to, area)).Events;
        Assert.Equal(area is null ? 2 : 1, days.Select(e => e.ReportId).Distinct().Count());
        Assert.Equal(loaded.Select(e => (e.Id, e.ReportId, e.Date, e.CrimeArea, e.OperationId,
                string.Join(" ", e.Participants.Select(p => $"{p.ActorId}:{p.Role == ParticipantRole.Lead}")))),
            days.Select(e => (e.Id, e.ReportId, e.Date, e.CrimeArea, e.OperationId, string.Join(" ", e.Participants.Select(p => $"{p.ActorId}:{p.Led}")))));
        Assert.All(days, e => Assert.InRange(e.Date!.Value, from, to));
        Assert.Contains(days, e => e.Participants.Count > 1);
    }

    [Fact]
    public void DayEventsOfReportsWithSeveralEventsEachKeepTheirOwnParticipantsAndLeads()
    {
        var store = CreateStore();
        // Each report tells two events with different people, the second led by someone else, so that an event given its
        // neighbour's participants, or none, or a lead moved to another event, reads differently from the loaded events.
        Actor[][] casts = [[Europol, GuardiaCivil, Spain], [Interpol, Spain], [GuardiaCivil, Europol], [Spain, Interpol, Europol, GuardiaCivil]];
        store.SaveBatch([.. Enumerable.Range(0, 3).Select(i =>
        {
            var (first, second) = (casts[i], casts[(i + 1) % casts.Length]);
            var basis = Extraction("cybercrime", [.. first.Union(second)]);
            var span = new TextSpan(0, 38);
            CooperationEvent Told(Actor[] cast, string? name) =>
                new(name, "cybercrime", [.. cast.Select((a, k) => new Participation(a.Id, k == 0 ? ParticipantRole.Lead : ParticipantRole.Participant, span))],
                    new Dictionary<string, int>());
            return (new ReportSubmission(Text(i + 1), Date: new DateOnly(2024, 4, 3 + i)), basis with { Events = [Told(first, null), Told(second, $"Operation Pair {i}")] });
        })]);
        var (from, to) = (new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30));

        var days = store.ReadDayEvents(from, to, null);

        var loaded = store.LoadDataset(new EventQuery(from, to)).Events;
        Assert.Equal(6, days.Count);
        Assert.Equal(loaded.Select(e => (e.Id, e.ReportId, e.OperationId, string.Join(" ", e.Participants.Select(p => $"{p.ActorId}:{p.Role == ParticipantRole.Lead}")))),
            days.Select(e => (e.Id, e.ReportId, e.OperationId, string.Join(" ", e.Participants.Select(p => $"{p.ActorId}:{p.Led}")))));
    }

    [Fact]
    public void KeptTotalsCorrectedByNewReportsEqualTheSumsAndTheKeptNodesEdges()
    {
        var store = CreateStore();
        store.Save(new ReportSubmission(Text(1)), Extraction("cybercrime", Europol, GuardiaCivil, Spain));
        var kept = new KeptLinkTotalsSet();
        string[] chosen = ["agency:europol", "agency:guardia-civil", "country:ES", "agency:interpol"];
        foreach (var projection in new[] { "actors", "operations:actors" })
        {
            var scope = new TallyScope(projection, TallyScope.All, TallyScope.All, TallyScope.All);
            store.ReadPictureTallies(scope, _ => chosen, kept.For(scope));
        }

        store.Save(new ReportSubmission(Text(2)), Extraction(null, Europol, Spain));
        store.Save(new ReportSubmission(Text(3)), Extraction("cybercrime", Europol, Interpol, Spain));

        foreach (var projection in new[] { "actors", "operations:actors" })
        {
            var scope = new TallyScope(projection, TallyScope.All, TallyScope.All, TallyScope.All);
            var (corrected, keptEdges) = store.ReadPictureTallies(scope, _ => chosen, kept.For(scope));
            var (summed, edges) = store.ReadPictureTallies(scope, _ => chosen);

            Assert.StartsWith("changes", kept.For(scope)!.LastRefresh, StringComparison.Ordinal);
            Assert.Equal(summed.Links.Select(l => (l.Node, l.Reports, l.Degree)).Order(), corrected.Links.Select(l => (l.Node, l.Reports, l.Degree)).Order());
            Assert.Equal(summed.Links.OrderBy(l => l.Node, StringComparer.Ordinal).Select(l => l.Newman),
                corrected.Links.OrderBy(l => l.Node, StringComparer.Ordinal).Select(l => l.Newman), (x, y) => Math.Abs(x - y) < 1e-9);
            Assert.Equal(edges.Select(e => (e.Source, e.Target, e.Reports, e.Events, e.FirstDate)).Order(),
                keptEdges.Select(e => (e.Source, e.Target, e.Reports, e.Events, e.FirstDate)).Order());
            Assert.Equal(summed.Nodes.Select(n => (n.Node, n.Reports, n.Events, n.FirstDate, n.FirstKey, n.Sources)).Order(),
                corrected.Nodes.Select(n => (n.Node, n.Reports, n.Events, n.FirstDate, n.FirstKey, n.Sources)).Order());
            Assert.Contains(corrected.Nodes, n => n.Node == "agency:interpol");
        }
    }

    [Fact]
    public void KeptActorsAfterNewReportsEqualTheStoredActors()
    {
        var store = CreateStore();
        var kept = new KeptLinkTotalsSet();
        var customs = new Actor("agency:port-customs", ActorKind.Agency, "Port Customs", null, []);
        store.Save(new ReportSubmission(Text(1)), Extraction("cybercrime", Europol, customs, Spain));
        Assert.Equal(Stored(store), Described(kept.Actors(store)));

        // A report adds an actor and gives a country to one stored without it: only its actors are read again.
        store.Save(new ReportSubmission(Text(2)), Extraction(null, GuardiaCivil, customs with { CountryCode = "ES" }));
        var (_, whole, named) = store.ReadActorsSince(store.ReadActorsSince(null).Mark with { Reports = 1, LastReport = 1 });
        Assert.False(whole);
        Assert.Equal(["agency:guardia-civil", "agency:port-customs"], named.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Stored(store), Described(kept.Actors(store)));
        Assert.Equal("ES", kept.Actors(store)["agency:port-customs"].CountryCode);
        Assert.Empty(store.ReadActorsSince(store.ReadActorsSince(null).Mark).Actors);
    }

    private static List<string> Stored(IReportStore store) => Described(store.ListActors().ToDictionary(a => a.Id, StringComparer.Ordinal));

    private static List<string> Described(Dictionary<string, Actor> actors) =>
        [.. actors.Values.Select(a => $"{a.Id} {a.Kind} {a.Name} {a.CountryCode}").Order(StringComparer.Ordinal)];
}
