using Graph.Core.Storage.Relational;

namespace Graph.Core.Tests.Storage;

public sealed class StoredKeyOrderTests
{
    private static EdgeTallyRow Row(int projection, int area, int period, int source, int target, int events = 1) =>
        new(projection, area, period, source, target, 1, events, 0, 0, 0, 0, 0);

    // Ids and period codes at the edges of their packed bits, mixed with ordinary ones, so neighbouring columns' bits meet.
    private static EdgeTallyRow[] Rows(int seed, int count)
    {
        var random = new Random(seed);
        int[] views = [1, 2, 3, (1 << 25) - 1];
        int[] periods = [-1, 0, 1, 3, 4, 24_300, 65_534];
        int[] ends = [0, 1, 2, 4_000, (1 << 30) + 7, int.MaxValue - 1, int.MaxValue];
        int Pick(int[] values) => values[random.Next(values.Length)];
        return [.. Enumerable.Range(0, count).Select(i => Row(Pick(views), Pick(views), Pick(periods), Pick(ends), Pick(ends), i))
            .DistinctBy(r => r.Key)];
    }

    [Fact]
    public void PackedKeysSortEdgeRowsAsTheComparerDoesAtTheEdgesOfEveryColumn()
    {
        var rows = Rows(20261207, 4_000);
        var expected = rows.Order(StoredKeyOrder.Instance).ToArray();

        var sorted = StoredKeyOrder.Sorted([.. rows]);
        var places = StoredKeyOrder.Places(rows);

        Assert.Equal(expected, sorted);
        Assert.Equal(expected, places.Select(i => rows[i]));
    }

    [Fact]
    public void RowsWhoseKeysDoNotPackAreStillPutInStoredKeyOrder()
    {
        // A view id past 25 bits and a period code past 16 cannot be packed: the comparer sorts them instead.
        var rows = new[] { Row(1 << 25, 1, 5, 2, 3), Row(1, 1, 70_000, 2, 3), Row(1, 1, 5, 2, 3), Row(1, 1, -1, 9, 9), Row(2, 1, -2, 1, 1) };
        var expected = new[] { Row(1, 1, -1, 9, 9), Row(1, 1, 5, 2, 3), Row(1, 1, 70_000, 2, 3), Row(2, 1, -2, 1, 1), Row(1 << 25, 1, 5, 2, 3) };

        Assert.Null(StoredKeyOrder.Packed(rows[0].Key));
        Assert.Null(StoredKeyOrder.Packed(rows[1].Key));
        Assert.Equal(expected, StoredKeyOrder.Sorted([.. rows]));
        Assert.Equal(expected, StoredKeyOrder.Places(rows).Select(i => rows[i]));
    }
}
