using Graph.Core.Storage;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>Tallies summed over a range of months by the store equal the monthly rows summed by hand, on every database.</summary>
public abstract partial class ReportStoreContract
{
    [Theory]
    [InlineData("actors", "*", "2024-01", "2024-03")]
    [InlineData("actors", "cybercrime", "", "9999-12")]
    [InlineData("operations:actors", "*", "2024-02", "2024-03")]
    public void TallySumsOverMonthsAreTheMonthlyRowsSummedWithTheEarliestFirstAppearance(string projection, string area, string first, string last)
    {
        var store = CreateStore();
        // The same pairs in several months, a later-dated report saved first, and one undated report.
        store.Save(new ReportSubmission(Text(1), Date: new DateOnly(2024, 3, 9)), Extraction("cybercrime", Europol, GuardiaCivil, Spain));
        store.Save(new ReportSubmission(Text(2), Date: new DateOnly(2024, 1, 20)), Extraction(null, Europol, Spain));
        store.Save(new ReportSubmission(Text(3), Date: new DateOnly(2024, 2, 2)), Extraction("cybercrime", Europol, Interpol, Spain));
        store.Save(new ReportSubmission(Text(4), Date: new DateOnly(2024, 2, 2)), Extraction("cybercrime", GuardiaCivil, Spain));
        store.Save(new ReportSubmission(Text(5)), Extraction("cybercrime", Europol, GuardiaCivil));
        var scope = new TallyScope(projection, area, first, last);

        var summed = store.ReadTallySums(scope);

        var rows = store.ReadTallies(scope);
        if (projection == "actors")
        {
            Assert.True(rows.Edges.Count > summed.Edges.Count, "some pair has rows in more than one month");
        }

        var edges = rows.Edges.GroupBy(e => (e.Source, e.Target)).Select(g =>
        {
            var earliest = g.OrderBy(e => e.FirstDate, StringComparer.Ordinal).ThenBy(e => e.FirstKey).First();
            return (g.Key.Source, g.Key.Target, Reports: g.Sum(e => e.Reports), Events: g.Sum(e => e.Events), Led: g.Sum(e => e.Led),
                Newman: Math.Round(g.Sum(e => e.Newman), 9), Sources: g.Sum(e => e.Sources), earliest.FirstDate, earliest.FirstKey);
        });
        Assert.Equal(edges.Order(), summed.Edges.Select(e => (e.Source, e.Target, e.Reports, e.Events, e.Led, Math.Round(e.Newman, 9), e.Sources, e.FirstDate, e.FirstKey)).Order());
        var nodes = rows.Nodes.GroupBy(n => n.Node).Select(g =>
        {
            var earliest = g.OrderBy(n => n.FirstDate, StringComparer.Ordinal).ThenBy(n => n.FirstKey).First();
            return (Node: g.Key, Reports: g.Sum(n => n.Reports), Events: g.Sum(n => n.Events), Sources: g.Sum(n => n.Sources), earliest.FirstDate, earliest.FirstKey);
        });
        Assert.Equal(nodes.Order(), summed.Nodes.Select(n => (n.Node, n.Reports, n.Events, n.Sources, n.FirstDate, n.FirstKey)).Order());
        Assert.All(summed.Edges, e => Assert.Equal((projection, area, first), (e.Projection, e.CrimeArea, e.Period)));
    }
}
