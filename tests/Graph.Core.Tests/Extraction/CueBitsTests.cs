using Graph.Core.Extraction.Text;

namespace Graph.Core.Tests.Extraction;

public sealed class CueBitsTests
{
    [Theory]
    [InlineData(0, 64)] // the same place in the other word
    [InlineData(63, 64)] // either side of the seam
    [InlineData(70, 6)]
    [InlineData(127, 0)]
    [InlineData(130, 2)] // the third word, added when the lists passed 127
    [InlineData(128, 127)] // the seam between the second and the third
    public void BitsOfDifferentListsDoNotOverlap(int one, int other)
    {
        var (a, b) = (CueBits.Bit(one), CueBits.Bit(other));

        Assert.False(a.Overlaps(b));
        Assert.True((a | b).Overlaps(a) && (a | b).Overlaps(b));
        Assert.True((a & b).IsEmpty);
    }

    [Fact]
    public void EveryBitOverlapsOnlyItself()
    {
        var bits = Enumerable.Range(0, CueBits.Capacity).Select(CueBits.Bit).ToList();

        Assert.All(bits, bit => Assert.False(bit.IsEmpty));
        Assert.Equal(CueBits.Capacity, bits.Distinct().Count());
        Assert.All(bits, bit => Assert.Single(bits, other => other.Overlaps(bit)));
    }

    [Fact]
    public void NoBitsOverlapNothing()
    {
        Assert.True(CueBits.None.IsEmpty);
        Assert.False(CueBits.None.Overlaps(CueBits.Bit(100)));
        Assert.False(new CueBits(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue).Overlaps(CueBits.None));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(192)]
    public void ABitOutsideTheTableIsRefused(int index) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CueBits.Bit(index));
}
