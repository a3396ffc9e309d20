using Graph.Core.Storage.Relational;

namespace Graph.Core.Tests.Storage;

/// <summary>
/// Sums found by integer key keep each key once, in the order first added, across the table's growth; counts add up,
/// Newman's shares are added in the order given, and the earliest first date (then the smaller key) is kept.
/// </summary>
public sealed class TallySumTableTests
{
    [Fact]
    public void EveryKeyIsSummedOnceInTheOrderFirstAddedAsTheTableGrows()
    {
        var table = new TallySumTable();
        // Five thousand pairs (the table starts with room for 1,024), each added in three rounds, the last in reverse.
        var keys = Enumerable.Range(0, 5000).Select(i => PairKey.Of(i % 97, i)).ToList();
        foreach (var round in new[] { keys, keys, Enumerable.Reverse(keys).ToList() })
        {
            foreach (var key in round)
            {
                table.Add(key, 1, 2, 1, 0.1, 9000 + PairKey.Second(key), key, 3);
            }
        }

        Assert.Equal(keys.Count, table.Count);
        Assert.Equal(keys, Enumerable.Range(0, table.Count).Select(i => table[i].Key));
        Assert.All(Enumerable.Range(0, table.Count), i =>
        {
            var sum = table[i];
            Assert.Equal((3, 6, 3, 9), (sum.Reports, sum.Events, sum.Led, sum.Sources));
            Assert.Equal(BitConverter.DoubleToInt64Bits(0.0 + 0.1 + 0.1 + 0.1), BitConverter.DoubleToInt64Bits(sum.Newman));
        });
    }

    [Fact]
    public void TheEarliestFirstDateIsKeptAndBetweenEqualDatesTheSmallerKey()
    {
        var table = new TallySumTable();
        var pair = PairKey.Of(3, 8);

        table.Add(pair, 1, 1, 0, 0.5, 120, 700, 1);
        table.Add(pair, 1, 1, 0, 0.25, 90, 900, 1);
        table.Add(pair, 1, 1, 1, 0.25, 90, 800, 1);
        table.Add(pair, 1, 1, 0, 1.0, 95, 100, 1);
        table.Add(PairKey.Of(8, 3), 1, 1, 0, 1.0, 10, 5, 1);

        Assert.Equal(2, table.Count);
        Assert.Equal((pair, 4, 4, 1, 2.0, 90, 800L, 4), (table[0].Key, table[0].Reports, table[0].Events, table[0].Led, table[0].Newman,
            table[0].FirstDate, table[0].FirstKey, table[0].Sources));
        Assert.Equal((10, 5L), (table[1].FirstDate, table[1].FirstKey));
    }
}
