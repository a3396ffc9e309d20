using Graph.Core.Extraction.Events;
using Graph.Core.Extraction.Knowledge;

namespace Graph.Core.Tests.Extraction;

// The event readers skip a sentence whose EventWords say it holds no word of a list they need, so a sentence that holds one must always carry that list's bit.
public sealed class EventWordsTests
{
    private static readonly ExtractionKnowledge Knowledge = ExtractionKnowledge.Default;

    public static TheoryData<string> MarkedLists =>
    [
        KnowledgeList.Court.Name, KnowledgeList.ContextAgent.Name, KnowledgeList.Commenter.Name, KnowledgeList.ContextVerb.Name,
        KnowledgeList.HandedTo.Name, KnowledgeList.SourceBefore.Name, KnowledgeList.Impersonation.Name, KnowledgeList.Acting.Name,
        KnowledgeList.LeadJoint.Name, KnowledgeList.LeadJointAfter.Name, KnowledgeList.TallySince.Name, KnowledgeList.ArrestTotal.Name,
        KnowledgeList.LeadReferencePhrase.Name,
    ];

    [Theory]
    [MemberData(nameof(MarkedLists))]
    public void ASentenceHoldingAnItemOfAListCarriesItsBit(string name)
    {
        var list = KnowledgeList.Fixed.Single(l => l.Name == name);
        var bit = EventWords.Bit(list);
        foreach (var item in Knowledge.List(list))
        {
            // The item in upper case inside other words, as a report may write it.
            var words = Knowledge.EventWords.Of(Sentence($"Then {item.ToUpperInvariant()} again ."));
            Assert.True((words & bit) != 0, $"'{item}' of {name}");
        }
    }

    [Fact]
    public void ASentenceWithoutTheirWordsCarriesNoBitOfAListWhoseWordsAllHaveIds()
    {
        var words = Knowledge.EventWords.Of(Sentence("Zorblax quenched the vintage yoghurt ."));
        foreach (var list in new[] { KnowledgeList.ContextVerb, KnowledgeList.Acting, KnowledgeList.Court })
        {
            if (Knowledge.List(list).All(word => Knowledge.Cues.IdOf(word) >= 0))
            {
                Assert.Equal(0U, words & EventWords.Bit(list));
            }
        }
    }

    [Fact]
    public void AWordThatOnlyStartsWithAListedWordCarriesNoBitOfItsList()
    {
        // The bits come from the sentence's cue bits now: a listed word is matched whole, never as a stem.
        foreach (var list in new[] { KnowledgeList.ContextVerb, KnowledgeList.Commenter, KnowledgeList.Court })
        {
            var word = Knowledge.List(list).First(item => item.All(char.IsLetter));
            var words = Knowledge.EventWords.Of(Sentence($"The {word}zzq stood there ."));
            if (Knowledge.List(list).All(item => item.All(char.IsLetter)))
            {
                Assert.Equal(0U, words & EventWords.Bit(list));
            }
        }
    }

    [Fact]
    public void AListWithoutABitIsRefused() =>
        Assert.Throws<ArgumentException>(() => EventWords.Bit(KnowledgeList.Authority));

    private static Graph.Core.Extraction.Text.SentenceTokens Sentence(string text)
    {
        var tokens = Knowledge.Tokenizer.Tokenize(text, 0, text.Length).ToArray();
        var (cues, ids) = (new Graph.Core.Extraction.Text.CueBits[tokens.Length], new int[tokens.Length]);
        var all = Knowledge.Cues.Classify(text, tokens, cues, ids);
        return new(text, tokens, cues, ids, new Graph.Core.Model.TextSpan(0, text.Length), 0, tokens.Length, all);
    }
}
