using Graph.Core.Storage.Relational;

namespace Graph.Core.Tests.Storage;

/// <summary>
/// The month links' sums count a node's neighbours once however many months and runs name the pair, whether the
/// months' keys come in runs that break where a month starts, run on past a month whose keys all lie above the last
/// month's, or come loose in any order.
/// </summary>
public sealed class LinkSumsTests
{
    private const int Ids = 40;

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(23)]
    public void DegreesAreTheDistinctPairsOfEveryMonthRunAndLooseRow(int seed)
    {
        var random = new Random(seed);
        var months = Enumerable.Range(0, 9).Select(_ => Month(random, random.Next(5, 120))).ToList();
        // Two months of which the second's keys all lie above the first's: their rows read on as one run.
        months.Insert(4, [(1, 2), (1, 5), (3, 9)]);
        months.Insert(5, [(4, 1), (6, 7), (6, 30)]);
        var loose = Enumerable.Range(0, 60).Select(_ => (Source: random.Next(Ids), Target: random.Next(Ids))).ToList();
        loose.AddRange(months[2].Take(5));

        var (earlier, later) = (new RelationalReportStore.LinkSums(Ids), new RelationalReportStore.LinkSums(Ids));
        foreach (var (month, i) in months.Select((m, i) => (m, i)))
        {
            foreach (var (source, target) in month)
            {
                (i < 6 ? earlier : later).Add(source, target, 1 + (source % 3), 0.5);
            }
        }

        earlier.Add(later);
        loose.ForEach(pair => earlier.AddLoose(pair.Source, pair.Target, 2, 0.25));
        earlier.CountNeighbours();

        var rows = months.SelectMany(m => m).Select(p => (Pair: p, Reports: 1 + (p.Source % 3))).Concat(loose.Select(p => (Pair: p, Reports: 2))).ToList();
        var pairs = rows.Select(r => r.Pair).Distinct().ToList();
        for (var id = 0; id < Ids; id++)
        {
            Assert.Equal(pairs.Count(p => p.Source == id) + pairs.Count(p => p.Target == id), earlier.Degree[id]);
            Assert.Equal(rows.Where(r => r.Pair.Source == id).Sum(r => (long)r.Reports) + rows.Where(r => r.Pair.Target == id).Sum(r => (long)r.Reports),
                earlier.Reports[id]);
        }
    }

    [Fact]
    public void AMonthLargerThanABlockKeepsItsKeysAndTheRunsBeforeIt()
    {
        var sums = new RelationalReportStore.LinkSums(3000);
        // Months of 1,000,000 and 3,000,000 keys overflow the first blocks; the second month repeats the first's pairs.
        var first = Enumerable.Range(0, 1000).SelectMany(s => Enumerable.Range(1000, 1000).Select(t => (s, t))).ToList();
        var second = Enumerable.Range(0, 1000).SelectMany(s => Enumerable.Range(1000, 2000).Select(t => (s, t))).ToList();
        first.Concat(second).ToList().ForEach(p => sums.Add(p.Item1, p.Item2, 1, 0));

        sums.CountNeighbours();

        Assert.All(Enumerable.Range(0, 1000), s => Assert.Equal(2000, sums.Degree[s]));
        Assert.All(Enumerable.Range(1000, 2000), t => Assert.Equal(1000, sums.Degree[t]));
        Assert.Equal(3000, sums.Reports[0]);
    }

    // A month's distinct pairs in key order, as its rows come (by source, then target).
    private static List<(int Source, int Target)> Month(Random random, int rows) =>
        [.. Enumerable.Range(0, rows).Select(_ => (random.Next(Ids), random.Next(Ids))).Distinct().Order()];
}
