using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Which of the readers' uncued word lists a sentence may hold a word of, read from the sentence's cue bits.
/// These lists share one function-words cue bit (or none), so that bit cannot tell a reader whether it may find,
/// say, a context verb; each list here therefore has a cue list of its own as well (see <see cref="CueLists"/>),
/// whose bits the one classification pass sets, and a reader whose every rule needs one of these words skips a
/// sentence that has none without walking its tokens. A bit set is only "may hold": a set word is found only at a
/// token that holds it, and a list with an item no plain word of it stands for is marked in every sentence.
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
        KnowledgeList.ArrestTotalNoun, KnowledgeList.CaseNoun, KnowledgeList.StaffSuspension,
    ];

    // Per list here, its cue list's bit.
    private readonly CueBits[] _cues;

    // The cue lists' bits together: a sentence without any of them holds no word of a list here.
    private readonly CueBits _anyCue;

    // The lists some item of which has no plain word: set in every sentence.
    private readonly uint _always;

    /// <summary>The table of a knowledge; readers ask <see cref="ExtractionKnowledge.EventWords"/>, built once there.</summary>
    internal EventWords(ExtractionKnowledge knowledge)
    {
        _cues = new CueBits[Marked.Length];
        for (var b = 0; b < Marked.Length; b++)
        {
            var list = Marked[b];

            // A list with a cue bit of its own marks every token that starts one of its items, plain word or not ("co-operated"),
            // so its bit is exact where the plain words' list would leave it set in every sentence.
            var own = list.Cued ? knowledge.Mask(list) : CueBits.None;
            _cues[b] = own.IsEmpty ? knowledge.Cues.Mask(CueListName(list)) : own;
            _anyCue |= _cues[b];
            if (own.IsEmpty && (knowledge.List(list).Any(item => !PlainWords(item, list.Shape).Any()) || _cues[b].IsEmpty))
            {
                _always |= 1U << b;
            }
        }
    }

    /// <summary>
    /// The cue lists of the lists here, for the knowledge's <see cref="CueVocabulary"/>: per list, the plain words
    /// (letters only) of its items, each an item of its own so every one of them carries the bit.
    /// </summary>
    internal static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> CueLists(IReadOnlyDictionary<string, IReadOnlyList<string>> lists) =>
        Marked.Select(list => KeyValuePair.Create<string, IReadOnlyList<string>>(
            CueListName(list), [.. lists[list.Name].SelectMany(item => PlainWords(item, list.Shape)).Distinct(StringComparer.OrdinalIgnoreCase)]));

    /// <summary>The bit of a list, for a reader to test in <see cref="Of"/>'s answer.</summary>
    public static uint Bit(KnowledgeList list)
    {
        var index = Array.IndexOf(Marked, list);
        return index >= 0 ? 1U << index : throw new ArgumentException($"List '{list.Name}' has no bit of its own here.", nameof(list));
    }

    /// <summary>The bits of the lists the sentence may hold a word of, from its cue bits: no walk over its tokens.</summary>
    public uint Of(SentenceTokens sentence)
    {
        var cues = sentence.AllCues;
        if (!cues.Overlaps(_anyCue))
        {
            return _always;
        }

        var bits = _always;
        for (var b = 0; b < _cues.Length; b++)
        {
            if (cues.Overlaps(_cues[b]))
            {
                bits |= 1U << b;
            }
        }

        return bits;
    }

    private static string CueListName(KnowledgeList list) => "event-words " + list.Name;

    /// <summary>
    /// The words of an item a token must be for the item to be found: a list of words is matched by the word
    /// itself; a phrase by each of its words, so any one of them will do. Only words of letters count: a word
    /// holding an apostrophe or other marks may be read as several tokens ("l'égide" as "l'" and "égide"), and
    /// a mark or number token carries no cue bits.
    /// </summary>
    private static IEnumerable<string> PlainWords(string item, ListShape shape) =>
        (shape == ListShape.Words ? [item] : item.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.Length > 0 && word.All(char.IsLetter));
}
