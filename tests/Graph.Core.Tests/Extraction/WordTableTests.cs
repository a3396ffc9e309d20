using Graph.Core.Extraction.Text;

namespace Graph.Core.Tests.Extraction;

public sealed class WordTableTests
{
    private static readonly WordTable<int> Table = new(new Dictionary<string, int>
    {
        ["Interpol"] = 1,
        ["and"] = 2,
        ["Türkiye"] = 3,
        ["Côte"] = 4,
        ["a"] = 5,
        ["Policía"] = 6,
        ["`nd"] = 7,
    });

    [Theory]
    [InlineData("Interpol", 1)]
    [InlineData("INTERPOL", 1)]
    [InlineData("interpol", 1)]
    [InlineData("And", 2)]
    [InlineData("TÜRKIYE", 3)]
    [InlineData("türkiye", 3)]
    [InlineData("CÔTE", 4)]
    [InlineData("A", 5)]
    [InlineData("POLICÍA", 6)]
    [InlineData("`ND", 7)] // no letter: the case of 'N' and 'D' only
    [InlineData("`nd", 7)]
    public void WordsAreFoundWhateverTheirCase(string word, int expected)
    {
        Assert.True(Table.TryGetValue(word, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Interpols")]
    [InlineData("Interpal")]
    [InlineData("an")]
    [InlineData("Turkiye")]
    [InlineData("Cote")]
    [InlineData("Policia")]
    [InlineData("and ")]
    [InlineData("@nd")] // '@' and '`' differ from letters only in bit 0x20, like 'A' and 'a'
    [InlineData("INTERPO\u004C\u0301")]
    public void OtherWordsAreNot(string word) =>
        Assert.False(Table.TryGetValue(word, out _));

    [Fact]
    public void AWordListedTwiceInAnyCaseIsRefused() =>
        Assert.Throws<ArgumentException>(() => new WordTable<int>([new("Europol", 1), new("EUROPOL", 2)]));

    [Fact]
    public void ManyWordsWithTheSameShapeAreAllFound()
    {
        // Same length, first, middle and last letter: every one lands on the same hash.
        var words = Enumerable.Range(0, 26 * 26).Select(i => $"x{(char)('a' + (i / 26))}m{(char)('a' + (i % 26))}y").ToList();
        var table = new WordTable<int>(words.Select((w, i) => KeyValuePair.Create(w, i)));
        Assert.All(words.Select((w, i) => (w, i)), p => Assert.True(table.TryGetValue(p.w.ToUpperInvariant(), out var v) && v == p.i));
        Assert.False(table.TryGetValue("xamAz", out _));
    }
}
