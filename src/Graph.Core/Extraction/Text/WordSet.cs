
namespace Graph.Core.Extraction.Text;

/// <summary>
/// A set of single words. Looked up at a sentence's token, it first checks the token's cue bits
/// (see <see cref="CueVocabulary"/>), so most tokens cost no lookup at all.
/// </summary>
internal sealed class WordSet
{
    // Words that differ only in case share a slot; an exact set then checks the spellings.
    private readonly WordTable<string[]> _lookup;
    private readonly bool _exactCase;
    private readonly ulong _gate;

    // Which vocabulary ids are words of the set: a sentence's token already carries its id, so asking
    // about a token is an array read instead of a hash of the word. Sets are asked about tokens in
    // every reader's loops (profiled: the hash tables' look-ups were the largest single cost).
    private readonly bool[]? _byId;
    private readonly bool _hasWordsWithoutId;

    /// <param name="words">The words.</param>
    /// <param name="comparer">How words compare: <see cref="StringComparer.OrdinalIgnoreCase"/> (the default) or <see cref="StringComparer.Ordinal"/>.</param>
    /// <param name="gate">Cue bits a token must carry to be looked up; 0 looks up every token.</param>
    /// <param name="vocabulary">The vocabulary that gave the sentences' word ids, when the set is asked about their tokens.</param>
    public WordSet(IEnumerable<string> words, StringComparer? comparer = null, ulong gate = 0, CueVocabulary? vocabulary = null)
    {
        comparer ??= StringComparer.OrdinalIgnoreCase;
        if (comparer != StringComparer.Ordinal && comparer != StringComparer.OrdinalIgnoreCase)
        {
            throw new ArgumentException("Word sets compare ordinally, with or without case.", nameof(comparer));
        }

        _exactCase = comparer == StringComparer.Ordinal;
        var all = words.ToList();
        _lookup = new WordTable<string[]>(all
            .GroupBy(w => w, StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, g.Distinct(StringComparer.Ordinal).ToArray())));
        _gate = gate;
        if (vocabulary is not null)
        {
            (_byId, _hasWordsWithoutId) = IdFilter.Of(vocabulary, all);
        }
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (!_lookup.TryGetValue(word, out var spellings))
        {
            return false;
        }

        if (!_exactCase)
        {
            return true;
        }

        foreach (var spelling in spellings)
        {
            if (word.SequenceEqual(spelling))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a token is one of the words, given its vocabulary id (see <see cref="CueVocabulary.IdOf"/>) so most need no hash.</summary>
    public bool Contains(ReadOnlySpan<char> word, int id)
    {
        if (IdFilter.Excludes(_byId, _hasWordsWithoutId, id))
        {
            return false;
        }

        return (!_exactCase && IdFilter.Includes(_byId, id)) || Contains(word);
    }

    /// <summary>The cue bits a token must carry to be a word of the set; 0 when the set is not gated (see <see cref="CueGate"/>).</summary>
    public ulong Gate => _gate;

    /// <summary>
    /// Whether any token of the sentence may be one of the words: false when the sentence has none of
    /// the set's cue bits, so a pass looking for the words can skip it without visiting its tokens.
    /// </summary>
    public bool MayOccurIn(SentenceTokens sentence) => _gate == 0 || (sentence.AllCues & _gate) != 0;

    /// <summary>
    /// Whether some token of the sentence may be a word of the set, judged from the cue gate and the tokens' ids
    /// alone (true when the set has no id filter, or a word of it has no id): false settles that
    /// <see cref="Contains(SentenceTokens, int)"/> is false at every index.
    /// </summary>
    public bool MayHoldAny(SentenceTokens sentence)
    {
        if (!MayOccurIn(sentence))
        {
            return false;
        }

        if (_byId is null || _hasWordsWithoutId)
        {
            return true;
        }

        var byId = _byId;
        foreach (var id in sentence.Ids)
        {
            if ((uint)id < (uint)byId.Length && byId[id])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token at <paramref name="index"/> is one of the words; false outside the sentence.</summary>
    public bool Contains(SentenceTokens sentence, int index)
    {
        if (index < 0 || index >= sentence.Count || (_gate != 0 && (sentence.CueAt(index) & _gate) == 0))
        {
            return false;
        }

        // The id settles most tokens, so the word's letters are read only when it does not.
        var id = sentence.IdAt(index);
        if (IdFilter.Excludes(_byId, _hasWordsWithoutId, id))
        {
            return false;
        }

        return (!_exactCase && IdFilter.Includes(_byId, id)) || Contains(sentence.Word(index));
    }
}
