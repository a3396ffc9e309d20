namespace Graph.Core;

/// <summary>
/// Two 32-bit ids packed into one <see cref="long"/> (first id in the high half), and the hashing such keys need.
/// A long's own hash XORs its two halves, so every pair of ids below 2^14 lands on one of 16,384 hashes whatever
/// the number of pairs: a dictionary keyed so by a graph's edges degrades into long chains. <see cref="Comparer"/>
/// hashes the whole key instead; the keys themselves, and so their order and their decoding, are unchanged.
/// </summary>
public static class PairKey
{
    /// <summary>Equality of pair keys, hashed by all 64 bits.</summary>
    public static IEqualityComparer<long> Comparer { get; } = new MixingComparer();

    /// <summary>The key of the ordered pair (<paramref name="first"/>, <paramref name="second"/>).</summary>
    public static long Of(int first, int second) => ((long)first << 32) | (uint)second;

    /// <summary>The key of the unordered pair: the smaller id first.</summary>
    public static long Unordered(int a, int b) => a <= b ? Of(a, b) : Of(b, a);

    /// <summary>The first id of a key made by <see cref="Of"/>.</summary>
    public static int First(long key) => (int)(key >> 32);

    /// <summary>The second id of a key made by <see cref="Of"/>.</summary>
    public static int Second(long key) => (int)(key & 0xFFFFFFFF);

    private sealed class MixingComparer : IEqualityComparer<long>
    {
        // 2^64 divided by the golden ratio, made odd: the high half of the product depends on every bit of the key.
        private const ulong Multiplier = 0x9E3779B97F4A7C15;

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long key) => (int)(unchecked((ulong)key * Multiplier) >> 32);
    }
}
