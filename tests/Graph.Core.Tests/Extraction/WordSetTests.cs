using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Tests.Extraction;

public sealed class WordSetTests
{
    private static readonly CueVocabulary Vocabulary = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["joins"] = ["and", "or"],
    }, ["Bureau", "Directorate", "customs"]);

    [Theory]
    [InlineData("the task-force met", 1, true)] // a word without an id, found by its letters
    [InlineData("the TASK-FORCE met", 1, true)]
    [InlineData("the task-forces met", 1, false)] // no id either, and no word of the set is as long
    [InlineData("the task-mates met", 1, false)] // as long, but another word
    [InlineData("the Bureau met", 1, true)] // a word with an id
    [InlineData("the Directorate met", 1, false)] // an id, not the set's
    public void ATokenWithoutAnIdIsOnlyOneOfTheSetsWordsWithoutAnId(string text, int index, bool listed)
    {
        var teams = new WordSet(["Bureau", "task-force"], vocabulary: Vocabulary);
        var sentence = Sentence(text);

        Assert.Equal(listed, teams.Contains(sentence, index));
        Assert.Equal(listed, teams.Contains(sentence.Word(index)));
    }

    [Fact]
    public void ASentenceWithoutTheGateBitsHoldsNoWordOfAGatedSet()
    {
        var glue = new WordSet(["and", "or"], gate: Vocabulary.Mask("joins"), vocabulary: Vocabulary);

        Assert.False(glue.MayOccurIn(Sentence("Bureau officers met")));
        Assert.True(glue.MayOccurIn(Sentence("Bureau or Directorate")));
    }

    [Theory]
    [InlineData("The Bureau and the BUREAU met", 1, true)] // listed spelling
    [InlineData("The Bureau and the BUREAU met", 4, true)] // the other listed spelling of the same id
    [InlineData("the bureau and the Directorate met", 1, false)] // same id, a spelling the set does not list
    [InlineData("the bureau and the Directorate met", 4, false)] // a vocabulary word outside the set
    [InlineData("the bureau and the Directorate met", 0, false)]
    public void AnExactSetTellsATokensSpellingByItsId(string text, int index, bool listed)
    {
        var heads = new WordSet(["Bureau", "BUREAU", "customs"], StringComparer.Ordinal, vocabulary: Vocabulary);
        var sentence = Sentence(text);

        Assert.Equal(listed, heads.Contains(sentence, index));
        Assert.Equal(listed, heads.Contains(sentence.Word(index), sentence.IdAt(index)));
        Assert.Equal(listed, heads.Contains(sentence.Word(index)));
    }

    [Fact]
    public void AnExactSetOfManyWordsFindsEachSpellingByItsId()
    {
        var words = Enumerable.Range(0, 40).Select(n => $"Word{n}").ToList();
        var vocabulary = new CueVocabulary(new Dictionary<string, IReadOnlyList<string>>(), words);
        var set = new WordSet(words, StringComparer.Ordinal, vocabulary: vocabulary);

        foreach (var word in words)
        {
            Assert.True(set.Contains(word, vocabulary.IdOf(word)));
            Assert.False(set.Contains(word.ToUpperInvariant(), vocabulary.IdOf(word)));
        }
    }

    private static SentenceTokens Sentence(string text)
    {
        var tokens = ExtractionKnowledge.Default.Tokenizer.Tokenize(text, 0, text.Length).ToArray();
        var (cues, ids) = (new CueBits[tokens.Length], new int[tokens.Length]);
        var all = Vocabulary.Classify(text, tokens, cues, ids);
        return new SentenceTokens(text, tokens, cues, ids, new TextSpan(0, text.Length), 0, tokens.Length, all);
    }
}
