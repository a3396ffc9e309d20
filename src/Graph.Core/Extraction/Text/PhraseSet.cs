
namespace Graph.Core.Extraction.Text;

/// <summary>
/// A set of short phrases ("led by", "in collaboration with") indexed by their first word, so that
/// asking "does a phrase start here?" at every token costs one array read (or one hash lookup for a
/// word the vocabulary does not hold).
/// </summary>
internal sealed class PhraseSet
{
    private readonly WordTable<Phrase[]> _lookup;
    private readonly WordTable<Phrase[]> _byLastWord;
    private readonly CueBits _gate;
    private readonly bool _gated;

    // The phrases by the vocabulary id of their first and last words: a sentence's token carries its
    // id, so most tokens, which start and end no phrase, are settled by an array read instead of a
    // hash of the word. Null without a vocabulary; a token with no id falls back to the word tables.
    // Read only where the small filters (IdFilter: a bit per id) say a phrase may start or end, so the
    // larger tables stay out of the cache for the tokens that start and end none.
    private readonly Phrase[]?[]? _byFirstId;
    private readonly Phrase[]?[]? _byLastId;
    private readonly ulong[]? _firstById;
    private readonly bool _hasFirstWithoutId;
    private readonly ulong[]? _lastById;
    private readonly bool _hasLastWithoutId;

    // A first word's phrases, longest first, packed in one array of ids: for each, its length, its place among the first
    // word's phrases and its words' ids. Matching a token then reads that one array instead of each phrase's object and
    // its two arrays in turn (the loads MatchAt's samples waited on most, session 37).
    private readonly int[]?[]? _packedByFirstId;

    /// <param name="phrases">The phrases, words separated by spaces.</param>
    /// <param name="gate">Cue bits a token must carry to start a phrase; none checks every token.</param>
    /// <param name="vocabulary">The vocabulary that gave the sentences' word ids, when there is one.</param>
    public PhraseSet(IEnumerable<string> phrases, CueBits gate = default, CueVocabulary? vocabulary = null)
    {
        (_gate, _gated) = (gate, !gate.IsEmpty);
        var all = phrases
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0)
            .Select(words => new Phrase(words, [.. words.Select(word => vocabulary?.IdOf(word) ?? -1)]))
            .ToList();
        var byFirstWord = all
            .GroupBy(phrase => phrase.Words[0], StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, g.OrderByDescending(p => p.Words.Length).ToArray()))
            .ToList();
        var byLastWord = byFirstWord.SelectMany(p => p.Value)
            .GroupBy(phrase => phrase.Words[^1], StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, g.ToArray()))
            .ToList();
        _lookup = new WordTable<Phrase[]>(byFirstWord);
        _byLastWord = new WordTable<Phrase[]>(byLastWord);
        if (vocabulary is not null)
        {
            _byFirstId = ById(vocabulary, byFirstWord);
            _packedByFirstId = [.. _byFirstId.Select(phrases => phrases is null ? null : Packed(phrases))];
            _byLastId = ById(vocabulary, byLastWord);
            (_firstById, _hasFirstWithoutId) = IdFilter.Of(vocabulary, byFirstWord.Select(p => p.Key));
            (_lastById, _hasLastWithoutId) = IdFilter.Of(vocabulary, byLastWord.Select(p => p.Key));
        }
    }

    /// <summary>The cue bits a token must carry to start a phrase of the set; none when the set is not gated (see <see cref="CueGate"/>).</summary>
    public CueBits Gate => _gate;

    /// <summary>The number of words of the longest phrase starting at <paramref name="index"/>, or 0.</summary>
    public int MatchAt(SentenceTokens sentence, int index)
    {
        if (index < 0 || index >= sentence.Count || (_gated && !sentence.HasCue(index, _gate))
            || IdFilter.Excludes(_firstById, _hasFirstWithoutId, sentence.IdAt(index)))
        {
            return 0;
        }

        if (_packedByFirstId is not null && sentence.IdAt(index) is var id and >= 0)
        {
            return _packedByFirstId[id] is { } packed ? MatchPacked(sentence, index, id, packed) : 0;
        }

        if (Candidates(sentence, index, _byFirstId, _lookup) is not { } candidates)
        {
            return 0;
        }

        foreach (var phrase in candidates)
        {
            if (IsAt(sentence, index, phrase))
            {
                return phrase.Words.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether a phrase of the set starts at a token from <paramref name="from"/> up to, not including, <paramref name="to"/>.</summary>
    public bool StartsWithin(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (MatchAt(sentence, k) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a phrase ends exactly where <paramref name="end"/> is (just before that token).</summary>
    public bool EndsAt(SentenceTokens sentence, int end)
    {
        if (end < 1 || end > sentence.Count || IdFilter.Excludes(_lastById, _hasLastWithoutId, sentence.IdAt(end - 1))
            || Candidates(sentence, end - 1, _byLastId, _byLastWord) is not { } candidates)
        {
            return false;
        }

        foreach (var phrase in candidates)
        {
            if (end - phrase.Words.Length >= 0 && IsAt(sentence, end - phrase.Words.Length, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The phrases keyed by the token's word. A token with an id is answered by the id table alone: a
    /// key equal to the word ignoring case has the same id, as the vocabulary holds one id per word.
    /// </summary>
    private static Phrase[]? Candidates(SentenceTokens sentence, int index, Phrase[]?[]? byId, WordTable<Phrase[]> byWord)
    {
        var id = sentence.IdAt(index);
        if (byId is not null && id >= 0)
        {
            return byId[id];
        }

        return byWord.TryGetValue(sentence.Word(index), out var candidates) ? candidates : null;
    }

    /// <summary>
    /// <see cref="MatchAt"/> for a token whose id starts phrases, read from their packed ids (see <see cref="Packed"/>). The
    /// token's id is their first word's, so the comparison starts at the second word; a phrase holding a word without
    /// an id is compared as <see cref="IsAt"/> compares it.
    /// </summary>
    private int MatchPacked(SentenceTokens sentence, int index, int id, int[] packed)
    {
        var ids = sentence.Ids;
        for (var p = 0; p < packed.Length;)
        {
            var (length, place) = (packed[p], packed[p + 1]);
            var words = packed.AsSpan(p + 2, length);
            p += 2 + length;
            if (index + length > ids.Length)
            {
                continue;
            }

            var k = 1;
            while (k < length && words[k] >= 0 && ids[index + k] == words[k])
            {
                k++;
            }

            if (k == length || (words[k] < 0 && IsAt(sentence, index, _byFirstId![id]![place])))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>A first word's phrases as <see cref="MatchPacked"/> reads them: for each, its length, its place and its words' ids.</summary>
    private static int[] Packed(Phrase[] phrases) =>
        [.. phrases.SelectMany((phrase, place) => (int[])[phrase.Words.Length, place, .. phrase.Ids])];

    /// <summary>
    /// Whether the phrase's words stand from <paramref name="index"/> on, ignoring case: a word with an
    /// id is compared by id (equal ids are words equal ignoring case), any other by its letters.
    /// </summary>
    private static bool IsAt(SentenceTokens sentence, int index, Phrase phrase)
    {
        var ids = sentence.Ids;
        for (var k = 0; k < phrase.Words.Length; k++)
        {
            var at = index + k;
            if (at >= ids.Length || (phrase.Ids[k] >= 0 ? ids[at] != phrase.Ids[k] : !sentence.WordIs(at, phrase.Words[k])))
            {
                return false;
            }
        }

        return true;
    }

    private static Phrase[]?[] ById(CueVocabulary vocabulary, List<KeyValuePair<string, Phrase[]>> byWord)
    {
        var byId = new Phrase[]?[vocabulary.Count];
        foreach (var (word, phrases) in byWord)
        {
            if (vocabulary.IdOf(word) is var id and >= 0)
            {
                byId[id] = phrases;
            }
        }

        return byId;
    }

    /// <summary>A phrase's words and their vocabulary ids (-1 for a word it does not hold, or without a vocabulary).</summary>
    private sealed record Phrase(string[] Words, int[] Ids);
}
