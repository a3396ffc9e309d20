using System.Collections.Frozen;
using Graph.Core.Extraction.Recognition;

namespace Graph.Core.Extraction.Text;

/// <summary>
/// A set of single words. Looked up at a sentence's token, it first checks the token's cue bits
/// (see <see cref="CueVocabulary"/>), so most tokens cost no lookup at all.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong _gate;

    /// <param name="words">The words.</param>
    /// <param name="comparer">How words compare; case-insensitive by default.</param>
    /// <param name="gate">Cue bits a token must carry to be looked up; 0 looks up every token.</param>
    public WordSet(IEnumerable<string> words, StringComparer? comparer = null, ulong gate = 0)
    {
        _lookup = words.ToFrozenSet(comparer ?? StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _gate = gate;
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public bool Contains(SentenceTokens sentence, int index) =>
        (_gate == 0 || (sentence.Cues[index] & _gate) != 0) && _lookup.Contains(sentence.Word(index));
}
