
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

    /// <param name="words">The words.</param>
    /// <param name="comparer">How words compare: <see cref="StringComparer.OrdinalIgnoreCase"/> (the default) or <see cref="StringComparer.Ordinal"/>.</param>
    /// <param name="gate">Cue bits a token must carry to be looked up; 0 looks up every token.</param>
    public WordSet(IEnumerable<string> words, StringComparer? comparer = null, ulong gate = 0)
    {
        comparer ??= StringComparer.OrdinalIgnoreCase;
        if (comparer != StringComparer.Ordinal && comparer != StringComparer.OrdinalIgnoreCase)
        {
            throw new ArgumentException("Word sets compare ordinally, with or without case.", nameof(comparer));
        }

        _exactCase = comparer == StringComparer.Ordinal;
        _lookup = new WordTable<string[]>(words
            .GroupBy(w => w, StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, g.Distinct(StringComparer.Ordinal).ToArray())));
        _gate = gate;
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

    /// <summary>Whether the token at <paramref name="index"/> is one of the words; false outside the sentence.</summary>
    public bool Contains(SentenceTokens sentence, int index) =>
        index >= 0 && index < sentence.Count && (_gate == 0 || (sentence.Cues[index] & _gate) != 0) && Contains(sentence.Word(index));
}
