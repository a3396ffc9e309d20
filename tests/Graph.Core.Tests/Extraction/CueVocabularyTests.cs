using System.Numerics;
using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Tests.Extraction;

public sealed class CueVocabularyTests
{
    private static readonly CueVocabulary Vocabulary = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["crime"] = ["traffick*", "cocaine", "money laundering"],
        ["joins"] = ["and", "trafficking"],
    });

    [Theory]
    [InlineData("Trafficking", "crime joins")] // in the table and starting with a stem
    [InlineData("traffickers", "crime")] // only the stem
    [InlineData("COCAINE", "crime")]
    [InlineData("money", "crime")] // the first word of a phrase
    [InlineData("and", "joins")]
    [InlineData("traffic", "")] // shorter than the stem
    [InlineData("laundering", "")] // not a first word
    public void EachWordCarriesTheBitsOfTheListsItStarts(string word, string lists)
    {
        var tokens = ExtractionKnowledge.Default.Tokenizer.Tokenize(word, 0, word.Length).ToArray();
        var cues = new CueBits[tokens.Length];
        Vocabulary.Classify(word, tokens, cues, new int[tokens.Length]);
        var expected = lists.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Vocabulary.Mask(expected), cues[0]);
    }

    [Fact]
    public void WordsHaveDenseIdsAndOthersNone()
    {
        var vocabulary = new CueVocabulary(new Dictionary<string, IReadOnlyList<string>> { ["joins"] = ["and", "as well as"] }, ["Police", "and"]);
        const string Text = "Police AND as well as nobody, 12";
        var tokens = ExtractionKnowledge.Default.Tokenizer.Tokenize(Text, 0, Text.Length).ToArray();
        var ids = new int[tokens.Length];
        var all = vocabulary.Classify(Text, tokens, new CueBits[tokens.Length], ids);

        Assert.Equal(3, vocabulary.Count); // "and", "as", "Police"
        var (police, and, @as) = (vocabulary.IdOf("police"), vocabulary.IdOf("and"), vocabulary.IdOf("as"));
        Assert.Equal([police, and, @as, -1, @as, -1, -1, -1], ids); // "well" starts nothing; "nobody", ",", "12" are not held
        Assert.Equal([0, 1, 2], new[] { police, and, @as }.Order());
        Assert.Equal(vocabulary.Mask("joins") | CueVocabulary.NumberShaped, all); // the bits of the whole text together, "12" a number
    }

    [Fact]
    public void ListsPastTheSixtyFourthGetBitsOfTheirOwn()
    {
        // A hundred lists, each holding one word of its own and the shared "and": the bits of the last lists
        // must neither be lost nor fall on the bits of the first ones.
        var lists = Enumerable.Range(0, 100).ToDictionary(n => $"list{n:D3}", n => (IReadOnlyList<string>)[$"word{n}", "and"]);
        var vocabulary = new CueVocabulary(lists);
        var bits = Enumerable.Range(0, 100).Select(n => vocabulary.CuesOf($"word{n}")).ToList();

        Assert.All(bits, (bit, n) => Assert.Equal(vocabulary.Mask($"list{n:D3}"), bit));
        Assert.Equal(100, bits.Distinct().Count());
        Assert.All(bits, bit => Assert.Equal(1, BitOperations.PopCount(bit.Low) + BitOperations.PopCount(bit.High)));
        Assert.Equal(bits.Aggregate(CueBits.None, (all, bit) => all | bit), vocabulary.CuesOf("and"));
        Assert.Equal(CueBits.None, vocabulary.CuesOf("word100"));
    }

    [Fact]
    public void ATableOfMoreListsThanBitsIsRefused()
    {
        // The last bit is the number shape's, so as many lists as bits are one too many.
        var lists = Enumerable.Range(0, CueBits.Capacity).ToDictionary(n => $"list{n}", n => (IReadOnlyList<string>)[$"word{n}"]);

        Assert.Throws<InvalidOperationException>(() => new CueVocabulary(lists));
        var fullest = new CueVocabulary(lists.Take(CueBits.Capacity - 1).ToDictionary()).Mask([.. lists.Keys]);
        Assert.Equal(CueBits.Capacity - 1, BitOperations.PopCount(fullest.Low) + BitOperations.PopCount(fullest.High) + BitOperations.PopCount(fullest.Top));
        Assert.False(fullest.Overlaps(CueVocabulary.NumberShaped));
    }

    [Theory]
    [InlineData("Officers seized 40 kilograms.", true)]
    [InlineData("The anti-fraud office helped.", true)] // a hyphenated word may be a number written out ("twenty-two")
    [InlineData("Seventy officers took part; nobody was hurt.", false)] // a number word is found by its own list's bit, not by the shape
    [InlineData("Police and customs (of Spain) acted.", false)]
    public void ASentenceWithDigitsOrAHyphenCarriesTheNumberShape(string text, bool shaped)
    {
        var tokens = ExtractionKnowledge.Default.Tokenizer.Tokenize(text, 0, text.Length).ToArray();
        var cues = new CueBits[tokens.Length];
        var all = Vocabulary.Classify(text, tokens, cues, new int[tokens.Length]);

        Assert.Equal(shaped, all.Overlaps(CueVocabulary.NumberShaped));
        Assert.All(cues, cue => Assert.False(cue.Overlaps(CueVocabulary.NumberShaped))); // the sentence's mark, no token's
        Assert.False(Vocabulary.Mask("crime", "joins").Overlaps(CueVocabulary.NumberShaped));
    }

    [Fact]
    public void TheLastWordOfEveryHeadCarriesTheHeadEndingBit()
    {
        var knowledge = ExtractionKnowledge.Default;
        var bit = knowledge.Cues.Mask(ExtractionKnowledge.HeadEndingList);
        var endings = ExtractionKnowledge.HeadEndings(knowledge.List(KnowledgeList.Head)).ToList();

        Assert.False(bit.IsEmpty);
        Assert.Contains("Police", endings);
        Assert.All(endings, ending => Assert.True(knowledge.Cues.CuesOf(ending).Overlaps(bit), ending));
        Assert.All(endings, ending => Assert.True(ending.All(char.IsLetter), ending)); // a word token, so the bit alone tells discovery
        Assert.DoesNotContain("arrested", endings);
        Assert.False(knowledge.Cues.CuesOf("arrested").Overlaps(bit)); // a word no head ends with goes without it
    }
}
