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

    [Theory]
    [InlineData("ab-:")]
    [InlineData("a{|-:A")]
    public void StoredRowsAreTheSortedRowsWithTheirNamesNumberedInTheOrderFirstMet(string letters)
    {
        var random = new Random(61202026);
        string Name() => new([.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => letters[random.Next(letters.Length)])]);
        string[] views = ["countries", "actors", "agencies"];
        string[] periods = ["*", "2024-01", "", "2023-12"];
        var edges = Enumerable.Range(0, 3000)
            .Select(i => Edge(Name(), Name(), periods[random.Next(periods.Length)]) with
            {
                Projection = views[random.Next(views.Length)], CrimeArea = random.Next(3) == 0 ? "drugs" : "*", FirstKey = i,
                FirstDate = random.Next(2) == 0 ? "2024-01-05" : "2023-12-31", Newman = random.NextDouble(),
            })
            .ToList();

        // Ids handed out as a store does: a new name takes the next number, so the order names are first asked in shows.
        static Func<string, int> Numbering(List<string> asked) => name =>
        {
            var at = asked.IndexOf(name);
            if (at < 0)
            {
                asked.Add(name);
                at = asked.Count - 1;
            }

            return at + 1;
        };
        var (askedRowByRow, askedOnce) = (new List<string>(), new List<string>());
        var one = Numbering(askedRowByRow);
        var expected = EdgeKeyOrder.Sorted(edges).Select(e => new EdgeTallyRow(one(e.Projection), one(e.CrimeArea), TallyCodes.Period(e.Period),
            one(e.Source), one(e.Target), e.Reports, e.Events, e.Led, e.Newman, TallyCodes.Date(e.FirstDate), e.FirstKey, e.Sources)).ToList();

        var rows = EdgeKeyOrder.SortedRows(edges, Numbering(askedOnce));

        Assert.Equal(expected, rows);
        Assert.Equal(askedRowByRow, askedOnce);
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
