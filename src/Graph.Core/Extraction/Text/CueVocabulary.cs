namespace Graph.Core.Extraction.Text;

/// <summary>
/// Every named word list of the knowledge files in one case-insensitive table from word to a bit
/// per list, so one lookup per token tells every recognizer which of its lists the token starts.
/// The recognizers then look only at the few tokens that carry their bit. A one-word item ending
/// in <c>*</c> is a stem ("traffick*"): any word that starts with it carries the list's bit.
/// Each word of the table also has a dense id, so the gazetteer can follow tokens by number.
/// </summary>
internal sealed class CueVocabulary
{
    private const int StemKeyLength = 3;
    private const int AsciiCount = 128;

    private readonly WordTable<CueBits> _lookup;
    private readonly Dictionary<string, CueBits> _listBits = new(StringComparer.Ordinal);

    // Stems by their first three letters; a word of the table has its stems' bits already.
    private readonly WordTable<(string Stem, CueBits Bit)[]> _stemsByStart;
    private readonly (string Stem, CueBits Bit)[] _shortStems;

    // Which three-letter ASCII starts begin a stem: an array read spares the hash for nearly every
    // word. A stem that does not start with three ASCII letters turns the filter off.
    private readonly bool[] _stemStarts = new bool[26 * 26 * 26];
    private readonly bool _asciiStemsOnly = true;

    // The ids of one-character ASCII tokens, read from an array: about one token in seven is punctuation.
    private readonly int[] _asciiMarkIds = new int[AsciiCount];

    /// <param name="lists">Named lists; an item's first word is what a token is compared with.</param>
    /// <param name="otherWords">Words that need an id though they start no list's item.</param>
    public CueVocabulary(IReadOnlyDictionary<string, IReadOnlyList<string>> lists, IEnumerable<string>? otherWords = null)
    {
        // The last bit is kept for the number shape (see NumberShaped).
        if (lists.Count >= CueBits.Capacity)
        {
            throw new InvalidOperationException($"{lists.Count} word lists; the cue table holds {CueBits.Capacity - 1} and the number shape.");
        }

        var bits = new Dictionary<string, CueBits>(StringComparer.OrdinalIgnoreCase);
        var stems = new List<(string Stem, CueBits Bit)>();
        var next = 0;
        foreach (var (name, items) in lists.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var bit = CueBits.Bit(next++);
            _listBits[name] = bit;
            foreach (var item in items)
            {
                var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words is [var stem] && stem.Length > 1 && stem.EndsWith('*'))
                {
                    stems.Add((stem[..^1], bit));
                }
                else if (words.Length > 0)
                {
                    bits[words[0]] = bits.GetValueOrDefault(words[0]) | bit;
                }
            }
        }

        foreach (var word in otherWords ?? [])
        {
            bits.TryAdd(word, CueBits.None);
        }

        foreach (var word in bits.Keys.ToList())
        {
            bits[word] |= StemBits(word, [.. stems]);
        }

        // Every word of every report is looked up here, so the table is the extractor's own.
        _lookup = new WordTable<CueBits>(bits);
        _shortStems = [.. stems.Where(s => s.Stem.Length < StemKeyLength)];
        _stemsByStart = new WordTable<(string, CueBits)[]>(stems
            .Where(s => s.Stem.Length >= StemKeyLength)
            .GroupBy(s => s.Stem[..StemKeyLength], StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, g.ToArray())));
        for (var c = 0; c < _asciiMarkIds.Length; c++)
        {
            _asciiMarkIds[c] = _lookup.IndexOf([(char)c]);
        }

        foreach (var (stem, _) in stems)
        {
            if (stem.Length >= StemKeyLength && AsciiIndex(stem.AsSpan(0, StemKeyLength)) is var index and >= 0)
            {
                _stemStarts[index] = true;
            }
            else
            {
                _asciiStemsOnly = false;
            }
        }
    }

    /// <summary>
    /// The bit <see cref="Classify"/> adds to a sentence's bits when a token of it holds digits or is hyphenated, the shapes of
    /// numbers that are not number words ("12", "twenty-two"): the figure reader skips a sentence without it or a number
    /// word in one mask test instead of walking its tokens. No token carries it, and no list's bit is the same.
    /// </summary>
    public static CueBits NumberShaped { get; } = CueBits.Bit(CueBits.Capacity - 1);

    /// <summary>The bits of the named lists together.</summary>
    public CueBits Mask(params string[] listNames) =>
        listNames.Aggregate(CueBits.None, (mask, name) => mask | (_listBits.TryGetValue(name, out var bit) ? bit : CueBits.None));

    /// <summary>The number of words with an id; ids run from 0 to one less.</summary>
    public int Count => _lookup.Count;

    /// <summary>The id of a word, or -1 when the vocabulary does not hold it.</summary>
    public int IdOf(ReadOnlySpan<char> word) => _lookup.IndexOf(word);

    /// <summary>
    /// For each token, the bits of the lists whose items start with it and its id (-1 for a word
    /// the vocabulary does not hold, and for numbers and punctuation).
    /// </summary>
    /// <returns>
    /// The bits of all the tokens together, so a pass can skip a sentence that has none of its own, and
    /// <see cref="NumberShaped"/> when a token holds digits or is hyphenated.
    /// </returns>
    public CueBits Classify(string text, ReadOnlySpan<Token> tokens, Span<CueBits> cues, Span<int> ids)
    {
        // Cut to the tokens' length, so the loop's bound covers all three and the token is read once.
        cues = cues[..tokens.Length];
        ids = ids[..tokens.Length];
        var all = CueBits.None;
        var (numbers, shapes) = (false, TokenShape.None);
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            var word = text.AsSpan(token.Start, token.Length);
            shapes |= token.Shape;
            if (token.Kind != TokenKind.Word)
            {
                // Numbers and marks start no list's item, but a phrase may hold them ("Cocos (Keeling) Islands").
                numbers |= token.Kind == TokenKind.Number;
                cues[i] = CueBits.None;
                ids[i] = word is [var mark] && mark < AsciiCount ? _asciiMarkIds[mark] : _lookup.IndexOf(word);
                continue;
            }

            var id = _lookup.IndexOf(word);
            var cue = id >= 0 ? _lookup.ValueAt(id) : StemBits(word);
            ids[i] = id;
            cues[i] = cue;
            all |= cue;
        }

        return numbers || (shapes & TokenShape.Hyphenated) != 0 ? all | NumberShaped : all;
    }

    /// <summary>The bits a token of the word carries (see <see cref="Classify"/>).</summary>
    public CueBits CuesOf(ReadOnlySpan<char> word) => _lookup.IndexOf(word) is var id and >= 0 ? _lookup.ValueAt(id) : StemBits(word);

    /// <summary>The bits of the stems a word that is in no list starts with.</summary>
    private CueBits StemBits(ReadOnlySpan<char> word)
    {
        var bits = _shortStems.Length == 0 ? CueBits.None : StemBits(word, _shortStems);
        if (word.Length < StemKeyLength)
        {
            return bits;
        }

        var start = word[..StemKeyLength];
        var index = AsciiIndex(start);
        var mayStart = index >= 0 ? _stemStarts[index] : !_asciiStemsOnly;
        return mayStart && _stemsByStart.TryGetValue(start, out var stems) ? bits | StemBits(word, stems) : bits;
    }

    private static CueBits StemBits(ReadOnlySpan<char> word, ReadOnlySpan<(string Stem, CueBits Bit)> stems)
    {
        var bits = CueBits.None;
        foreach (var (stem, bit) in stems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                bits |= bit;
            }
        }

        return bits;
    }

    /// <summary>The table slot of three ASCII letters in either case, or -1 for anything else.</summary>
    private static int AsciiIndex(ReadOnlySpan<char> letters)
    {
        var index = 0;
        foreach (var c in letters)
        {
            var letter = (c | 0x20) - 'a';
            if ((uint)letter >= 26)
            {
                return -1;
            }

            index = (index * 26) + letter;
        }

        return index;
    }
}
