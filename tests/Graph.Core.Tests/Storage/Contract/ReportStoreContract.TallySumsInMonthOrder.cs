using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;

namespace Graph.Core.Tests.Storage.Contract;

/// <summary>A range's summed tallies add each pair's Newman shares month by month, as the whole build did, to the last bit.</summary>
public abstract partial class ReportStoreContract
{
    [Fact]
    public void ARangesNewmanSumAddsThePairsMonthsInMonthOrderToTheLastBit()
    {
        var store = CreateStore();
        // Europol and Spain in three months: a third in March (four taking part), saved first, then one each in January
        // and February (two taking part). 1 + 1 + 1/3 and 1/3 + 1 + 1 differ in their last bit.
        store.Save(new ReportSubmission(Text(31), Date: new DateOnly(2024, 3, 5)), Extraction(null, Europol, GuardiaCivil, Spain, Interpol));
        store.Save(new ReportSubmission(Text(32), Date: new DateOnly(2024, 1, 5)), Extraction(null, Europol, Spain));
        store.Save(new ReportSubmission(Text(33), Date: new DateOnly(2024, 2, 5)), Extraction(null, Europol, Spain));
        var scope = new TallyScope("actors", "*", "2024-01", "2024-03");
        static bool EuropolAndSpain(EdgeTally e) => new[] { e.Source, e.Target }.Order(StringComparer.Ordinal).SequenceEqual(["agency:europol", "country:ES"]);

        var summed = Assert.Single(store.ReadTallySums(scope).Edges, EuropolAndSpain);
        var built = Assert.Single(AggregateNetworkBuilder.Build(store, NetworkView.Actors,
            NetworkFilter.None with { Weighting = EdgeWeighting.Newman, From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 3, 31) }).Edges,
            e => new[] { e.Source, e.Target }.Order(StringComparer.Ordinal).SequenceEqual(["agency:europol", "country:ES"]));

        var shares = store.ReadTallies(scope).Edges.Where(EuropolAndSpain).OrderBy(e => e.Period, StringComparer.Ordinal).Select(e => e.Newman).ToList();
        Assert.Equal([1.0, 1.0, 1.0 / 3], shares);
        var inMonthOrder = shares.Aggregate(0.0, (sum, share) => sum + share);
        var backwards = Enumerable.Reverse(shares).Aggregate(0.0, (sum, share) => sum + share);
        Assert.NotEqual(BitConverter.DoubleToInt64Bits(backwards), BitConverter.DoubleToInt64Bits(inMonthOrder));
        Assert.Equal(BitConverter.DoubleToInt64Bits(inMonthOrder), BitConverter.DoubleToInt64Bits(summed.Newman));
        Assert.Equal(BitConverter.DoubleToInt64Bits(inMonthOrder), BitConverter.DoubleToInt64Bits(built.Weight));
        Assert.Equal((3, "2024-01-05"), (summed.Reports, summed.FirstDate));
    }
}
