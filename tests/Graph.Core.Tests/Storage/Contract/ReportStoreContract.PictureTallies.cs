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
    public void PictureTotalsAreTheSumsOfTheTalliesAndOnlyTheChosenNodesEdgesAreRead(string area, string first, string last)
    {
        var store = CreateStore();
        store.Save(new ReportSubmission(Text(1)), Extraction("cybercrime", Europol, GuardiaCivil, Spain));
        store.Save(new ReportSubmission(Text(2)), Extraction(null, Europol, Spain));
        store.Save(new ReportSubmission(Text(3)), Extraction("cybercrime", Europol, Interpol));
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
        Assert.Equal(tallies.Edges.Where(e => chosen.Contains(e.Source) && chosen.Contains(e.Target)).Select(e => (e.Source, e.Target, e.Period, e.Reports)).Order(),
            edges.Select(e => (e.Source, e.Target, e.Period, e.Reports)).Order());
    }
}
