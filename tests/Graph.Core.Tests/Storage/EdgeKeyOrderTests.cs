using Graph.Core.Storage;
using Graph.Core.Storage.Relational;

namespace Graph.Core.Tests.Storage;

public sealed class EdgeKeyOrderTests
{
    private static EdgeTally Edge(string source, string target, string period = "*") =>
        new("actors", period, "*", source, target, 1, 1, 0, 1.0, "2024-01-01", 1);

    [Theory]
    [InlineData("agency:es", "country:fr", "agency:es", "country:de")]
    [InlineData("agency:es", "x", "agency:es-pn", "a")]
    [InlineData("agency:es-pn", "a", "agency:es", "x")]
    [InlineData("a", "b", "a|b", "c")]
    [InlineData("a|b", "c", "a", "b|d")]
    [InlineData("a", "b|", "a", "b")]
    [InlineData("", "z", "{", "a")]
    [InlineData("same", "same", "same", "same")]
    public void TwoEdgesOrderAsTheirJoinedNamesDo(string source, string target, string otherSource, string otherTarget)
    {
        var expected = Math.Sign(string.CompareOrdinal(source + "|" + target, otherSource + "|" + otherTarget));

        var order = EdgeKeyOrder.Compare(Edge(source, target), Edge(otherSource, otherTarget));

        Assert.Equal(expected, Math.Sign(order));
    }

    [Theory]
    [InlineData("a{-:A")]
    [InlineData("a{|-:A")]
    public void ManyRowsSortAsTheirJoinedNamesDoWhateverTheLettersAroundTheJoint(string letters)
    {
        // Short names over letters on both sides of the joint, so prefixes and ties are common; with the joint
        // itself among the letters, names holding one too.
        var random = new Random(20261206);
        string Name() => new([.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => letters[random.Next(letters.Length)])]);
        var edges = Enumerable.Range(0, 3000)
            .Select(i => Edge(Name(), Name(), random.Next(2) == 0 ? "*" : "2024-01") with { FirstKey = i })
            .ToList();

        var sorted = EdgeKeyOrder.Sorted(edges);
        var byJoinedString = edges.OrderBy(e => (e.Period, e.Source + "|" + e.Target), Ordinal.Instance).ToList();

        // FirstKey tells rows of equal keys apart: they must keep their given order.
        Assert.Equal(byJoinedString.Select(e => e.FirstKey), sorted.Select(e => e.FirstKey));
    }

    private sealed class Ordinal : IComparer<(string, string)>
    {
        public static Ordinal Instance { get; } = new();

        public int Compare((string, string) x, (string, string) y)
        {
            var c = string.CompareOrdinal(x.Item1, y.Item1);
            return c != 0 ? c : string.CompareOrdinal(x.Item2, y.Item2);
        }
    }
}
