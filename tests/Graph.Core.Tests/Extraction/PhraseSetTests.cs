using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Tests.Extraction;

public sealed class PhraseSetTests
{
    // Forty phrases with forty different first and last words, so the sets' tables by id are asked about many ids.
    private static readonly string[] Firsts = [.. Enumerable.Range(0, 40).Select(n => $"opener{n}")];
    private static readonly string[] Lasts = [.. Enumerable.Range(0, 40).Select(n => $"closer{n}")];
    private static readonly CueVocabulary Vocabulary = new(new Dictionary<string, IReadOnlyList<string>>(), [.. Firsts, .. Lasts, "middle"]);

    [Fact]
    public void EveryPhraseIsFoundAtItsFirstWordAndEndsAfterItsLast()
    {
        var phrases = new PhraseSet(Firsts.Select((first, n) => $"{first} middle {Lasts[n]}"), vocabulary: Vocabulary);

        for (var n = 0; n < Firsts.Length; n++)
        {
            var sentence = Sentence($"Then {Firsts[n].ToUpperInvariant()} middle {Lasts[n]} came");
            Assert.Equal(3, phrases.MatchAt(sentence, 1));
            Assert.True(phrases.EndsAt(sentence, 4));
            Assert.Equal(0, phrases.MatchAt(sentence, 2));
        }
    }

    [Theory]
    [InlineData("Then opener3 middle closer4 came")] // a first word and a last word of two different phrases
    [InlineData("Then opener3 middle came")] // cut short
    [InlineData("Then someone middle closer3 came")] // a word with no id where the first word stands
    public void WordsOfDifferentPhrasesMakeNoPhrase(string text)
    {
        var phrases = new PhraseSet(Firsts.Select((first, n) => $"{first} middle {Lasts[n]}"), vocabulary: Vocabulary);
        var sentence = Sentence(text);

        for (var i = 0; i <= sentence.Count; i++)
        {
            Assert.Equal(0, phrases.MatchAt(sentence, i));
            Assert.False(phrases.EndsAt(sentence, i));
        }
    }

    [Fact]
    public void ALongerPhraseWinsOverAShorterOneWithTheSameFirstWord()
    {
        var phrases = new PhraseSet(["opener1 middle", "opener1 middle closer1"], vocabulary: Vocabulary);

        Assert.Equal(3, phrases.MatchAt(Sentence("opener1 middle closer1"), 0));
        Assert.Equal(2, phrases.MatchAt(Sentence("opener1 middle closer2"), 0));
    }

    private static SentenceTokens Sentence(string text)
    {
        var tokens = ExtractionKnowledge.Default.Tokenizer.Tokenize(text, 0, text.Length).ToArray();
        var (cues, ids) = (new CueBits[tokens.Length], new int[tokens.Length]);
        var all = Vocabulary.Classify(text, tokens, cues, ids);
        return new SentenceTokens(text, tokens, cues, ids, new TextSpan(0, text.Length), 0, tokens.Length, all);
    }
}
