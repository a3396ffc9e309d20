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
        var tokens = Tokenizer.Tokenize(word, 0, word.Length).ToArray();
        var cues = new ulong[tokens.Length];
        Vocabulary.Classify(word, tokens, cues);
        var expected = lists.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Vocabulary.Mask(expected), cues[0]);
    }
}
