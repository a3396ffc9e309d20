
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
    private readonly CueBits _gate;
    private readonly bool _gated;

    // Which vocabulary ids are words of the set: a sentence's token already carries its id, so asking
    // about a token is an array read instead of a hash of the word. Sets are asked about tokens in
    // every reader's loops (profiled: the hash tables' look-ups were the largest single cost).
    private readonly ulong[]? _byId;
    private readonly bool _hasWordsWithoutId;

    // An exact set's spellings by the vocabulary id they share, in a small open-addressed table: a token whose id is
    // the set's is checked against them without hashing its letters again (the word table's look-up asked for the
    // exact sets, discovery's connectors and leading words above all, was 2 % of a CPU sample of the English dev
    // reports). Null for a set that ignores case, or without a vocabulary.
    private readonly int[]? _spelledIds;
    private readonly string[][]? _spellingsOfId;
    private readonly int _spelledShift;

    // The lengths of the set's words without an id, a bit each (the last for 63 and longer): a token without an id can
    // only be one of those ("co-operation", "qu'"), so most such tokens, names and rare words, are answered without
    // hashing their letters (the look-up of ParticipationReader's verbs for every unknown word was 1 % of a sample).
    private readonly ulong _lengthsWithoutId;

    /// <param name="words">The words.</param>
    /// <param name="comparer">How words compare: <see cref="StringComparer.OrdinalIgnoreCase"/> (the default) or <see cref="StringComparer.Ordinal"/>.</param>
    /// <param name="gate">Cue bits a token must carry to be looked up; none looks up every token.</param>
    /// <param name="vocabulary">The vocabulary that gave the sentences' word ids, when the set is asked about their tokens.</param>
    public WordSet(IEnumerable<string> words, StringComparer? comparer = null, CueBits gate = default, CueVocabulary? vocabulary = null)
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
        (_gate, _gated) = (gate, !gate.IsEmpty);
        if (vocabulary is not null)
        {
            (_byId, _hasWordsWithoutId) = IdFilter.Of(vocabulary, all);
            foreach (var word in all.Where(word => vocabulary.IdOf(word) < 0))
            {
                _lengthsWithoutId |= LengthBit(word.Length);
            }

            if (_exactCase)
            {
                (_spelledIds, _spellingsOfId, _spelledShift) = SpellingsById(vocabulary, all);
            }
        }
    }

    private static (int[] Ids, string[][] Spellings, int Shift) SpellingsById(CueVocabulary vocabulary, List<string> words)
    {
        var byId = words
            .Select(word => (Id: vocabulary.IdOf(word), Word: word))
            .Where(w => w.Id >= 0)
            .GroupBy(w => w.Id, w => w.Word)
            .ToList();
        var size = 8;
        while (size < byId.Count * 2)
        {
            size *= 2;
        }

        var (ids, spellings) = (new int[size], new string[size][]);
        ids.AsSpan().Fill(-1);
        var shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
        foreach (var group in byId)
        {
            var slot = SpelledSlot(group.Key, shift);
            while (ids[slot] >= 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            (ids[slot], spellings[slot]) = (group.Key, [.. group.Distinct(StringComparer.Ordinal)]);
        }

        return (ids, spellings, shift);
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>Whether a token the ids do not settle is one of the words: one without an id, or any when the set has no ids.</summary>
    private bool ContainsWithoutId(ReadOnlySpan<char> word) =>
        (_byId is null || (_lengthsWithoutId & LengthBit(word.Length)) != 0) && Contains(word);

    private static int SpelledSlot(int id, int shift) => (int)(((uint)id * 0x9E3779B9u) >> shift);

    /// <summary>Whether a token whose id is one of an exact set's is spelled as one of the set's words of that id.</summary>
    private bool SpelledAsListed(ReadOnlySpan<char> word, int id)
    {
        var (ids, mask) = (_spelledIds!, _spelledIds!.Length - 1);
        var slot = SpelledSlot(id, _spelledShift);
        while (ids[slot] != id)
        {
            slot = (slot + 1) & mask;
        }

        foreach (var spelling in _spellingsOfId![slot])
        {
            if (word.SequenceEqual(spelling))
            {
                return true;
            }
        }

        return false;
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

        return IdFilter.Includes(_byId, id) ? !_exactCase || SpelledAsListed(word, id) : ContainsWithoutId(word);
    }

    /// <summary>The cue bits a token must carry to be a word of the set; none when the set is not gated (see <see cref="CueGate"/>).</summary>
    public CueBits Gate => _gate;

    /// <summary>Whether the set holds no word (a list a language leaves empty).</summary>
    public bool IsEmpty => _lookup.Count == 0;

    /// <summary>
    /// Whether any token of the sentence may be one of the words: false when the sentence has none of
    /// the set's cue bits, so a pass looking for the words can skip it without visiting its tokens.
    /// </summary>
    public bool MayOccurIn(SentenceTokens sentence) => _gate.IsEmpty || sentence.AllCues.Overlaps(_gate);

    /// <summary>Whether the token at <paramref name="index"/> is one of the words; false outside the sentence.</summary>
    public bool Contains(SentenceTokens sentence, int index)
    {
        if (index < 0 || index >= sentence.Count || (_gated && !sentence.HasCue(index, _gate)))
        {
            return false;
        }

        // The id settles most tokens, so the word's letters are read only when it does not.
        var id = sentence.IdAt(index);
        if (IdFilter.Excludes(_byId, _hasWordsWithoutId, id))
        {
            return false;
        }

        return IdFilter.Includes(_byId, id) ? !_exactCase || SpelledAsListed(sentence.Word(index), id) : ContainsWithoutId(sentence.Word(index));
    }
}
