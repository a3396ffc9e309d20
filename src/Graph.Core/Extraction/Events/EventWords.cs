using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Which of the readers' uncued word lists a sentence holds a word of, from one table read per token.
/// These lists share one function-words cue bit (or none), so a sentence's cue bits cannot tell a reader
/// whether it may find, say, a context verb; this table gives each vocabulary id a bit per list it belongs
/// to, built once with the knowledge, so a reader whose every rule needs one of these words skips a
/// sentence that has none. A bit set is only "may hold": a set word is found only at a token whose id is
/// marked (see <see cref="IdFilter"/>), and a list with a word the vocabulary lacks is marked in every sentence.
/// </summary>
internal sealed class EventWords
{
    /// <summary>The lists with a bit, by their place here (at most 32).</summary>
    private static readonly KnowledgeList[] Marked =
    [
        KnowledgeList.Court, KnowledgeList.ContextAgent, KnowledgeList.Commenter, KnowledgeList.ContextVerb,
        KnowledgeList.HandedTo, KnowledgeList.SourceBefore, KnowledgeList.Impersonation, KnowledgeList.Acting,
        KnowledgeList.LeadJoint, KnowledgeList.LeadJointAfter, KnowledgeList.TallySince, KnowledgeList.ArrestTotal,
        KnowledgeList.LeadReferencePhrase, KnowledgeList.TallyPeriod, KnowledgeList.FutureVerb, KnowledgeList.CaseTaker, KnowledgeList.ToldVerb,
    ];

    private readonly uint[] _byId;

    // The lists a token without an id may belong to: set in every sentence.
    private readonly uint _always;

    /// <summary>The table of a knowledge; readers ask <see cref="ExtractionKnowledge.EventWords"/>, built once there.</summary>
    internal EventWords(ExtractionKnowledge knowledge)
    {
        var vocabulary = knowledge.Cues;
        _byId = new uint[vocabulary.Count];
        for (var b = 0; b < Marked.Length; b++)
        {
            var bit = 1U << b;
            var list = Marked[b];
            foreach (var item in knowledge.List(list))
            {
                if (!Mark(vocabulary, item, list.Shape == ListShape.Words, bit))
                {
                    _always |= bit;
                }
            }
        }
    }

    /// <summary>The bit of a list, for a reader to test in <see cref="Of"/>'s answer.</summary>
    public static uint Bit(KnowledgeList list)
    {
        var index = Array.IndexOf(Marked, list);
        return index >= 0 ? 1U << index : throw new ArgumentException($"List '{list.Name}' has no bit of its own here.", nameof(list));
    }

    /// <summary>The bits of the lists the sentence may hold a word of: one read of the table per token.</summary>
    public uint Of(SentenceTokens sentence)
    {
        var bits = _always;
        foreach (var id in sentence.Ids)
        {
            if (id >= 0)
            {
                bits |= _byId[id];
            }
        }

        return bits;
    }

    /// <summary>
    /// Marks the ids an item is matched by; false when no id is sure to be among its tokens. A word is matched
    /// by its own id. A phrase is matched word by word, and a word holding an apostrophe may be split where it
    /// is read ("l'égide" as "l'" and "égide"), so its whole and its parts are marked, and the phrase counts as
    /// marked only by a word without one, whose token is the word itself.
    /// </summary>
    private bool Mark(CueVocabulary vocabulary, string item, bool word, uint bit)
    {
        if (word)
        {
            return MarkId(vocabulary, item, bit);
        }

        var sure = false;
        foreach (var part in item.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var cut = part.IndexOf('\'');
            if (cut < 0)
            {
                sure |= MarkId(vocabulary, part, bit);
                continue;
            }

            MarkId(vocabulary, part, bit);
            MarkId(vocabulary, part[..(cut + 1)], bit);
            MarkId(vocabulary, part[(cut + 1)..], bit);
        }

        return sure;
    }

    private bool MarkId(CueVocabulary vocabulary, string word, uint bit)
    {
        var id = vocabulary.IdOf(word);
        if (id < 0)
        {
            return false;
        }

        _byId[id] |= bit;
        return true;
    }
}
