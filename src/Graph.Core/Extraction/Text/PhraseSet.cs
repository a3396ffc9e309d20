
namespace Graph.Core.Extraction.Text;

/// <summary>
/// A set of short phrases ("led by", "in collaboration with") indexed by their first word, so that
/// asking "does a phrase start here?" at every token costs one hash lookup.
/// </summary>
internal sealed class PhraseSet
{
    private readonly WordTable<string[][]> _lookup;
    private readonly WordTable<string[][]> _byLastWord;
    private readonly ulong _gate;

    // The vocabulary ids of the phrases' first and last words (see IdFilter): most tokens start and end
    // no phrase, and their ids say so without hashing the word.
    private readonly bool[]? _firstById;
    private readonly bool _hasFirstWithoutId;
    private readonly bool[]? _lastById;
    private readonly bool _hasLastWithoutId;

    /// <param name="phrases">The phrases, words separated by spaces.</param>
    /// <param name="gate">Cue bits a token must carry to start a phrase; 0 checks every token.</param>
    /// <param name="vocabulary">The vocabulary that gave the sentences' word ids, when there is one.</param>
    public PhraseSet(IEnumerable<string> phrases, ulong gate = 0, CueVocabulary? vocabulary = null)
    {
        _gate = gate;
        var byFirstWord = phrases
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0)
            .GroupBy(words => words[0], StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, g.OrderByDescending(w => w.Length).ToArray()))
            .ToList();
        _lookup = new WordTable<string[][]>(byFirstWord);
        _byLastWord = new WordTable<string[][]>(byFirstWord.SelectMany(p => p.Value)
            .GroupBy(words => words[^1], StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, g.ToArray())));
        if (vocabulary is not null)
        {
            (_firstById, _hasFirstWithoutId) = IdFilter.Of(vocabulary, byFirstWord.Select(p => p.Key));
            (_lastById, _hasLastWithoutId) = IdFilter.Of(vocabulary, byFirstWord.SelectMany(p => p.Value).Select(words => words[^1]));
        }
    }

    /// <summary>The number of words of the longest phrase starting at <paramref name="index"/>, or 0.</summary>
    public int MatchAt(SentenceTokens sentence, int index)
    {
        if (index < 0 || index >= sentence.Count || (_gate != 0 && (sentence.Cues[index] & _gate) == 0)
            || IdFilter.Excludes(_firstById, _hasFirstWithoutId, sentence.Ids[index])
            || !_lookup.TryGetValue(sentence.Word(index), out var candidates))
        {
            return 0;
        }

        foreach (var phrase in candidates)
        {
            if (sentence.PhraseAt(index, phrase))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether a phrase ends exactly where <paramref name="end"/> is (just before that token).</summary>
    public bool EndsAt(SentenceTokens sentence, int end)
    {
        if (end < 1 || end > sentence.Count || IdFilter.Excludes(_lastById, _hasLastWithoutId, sentence.Ids[end - 1])
            || !_byLastWord.TryGetValue(sentence.Word(end - 1), out var candidates))
        {
            return false;
        }

        foreach (var phrase in candidates)
        {
            if (end - phrase.Length >= 0 && sentence.PhraseAt(end - phrase.Length, phrase))
            {
                return true;
            }
        }

        return false;
    }
}
