using System.Collections.Frozen;
using System.Globalization;
using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Reads a stated quantity at a token: "1,006", "twenty", "twenty-five", "3.5 million", "a dozen"; in a
/// report of a language with number words of its own, those too ("once" in Spanish).
/// </summary>
internal sealed class NumberReader
{
    private const int MaxPhraseLength = 64;
    private const long MaxDigitsValue = long.MaxValue / 1_000_000;

    private readonly FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _unitLookup;
    private readonly FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _scaleLookup;

    private readonly CueBits _scaleGate;
    private readonly WordSet _and;
    private readonly FrozenDictionary<string, FrozenDictionary<string, long>> _ownUnits;

    // The same words as sets over the vocabulary's ids: a figure reader asks about every word of a
    // sentence that tells of arrests, and a token's id answers without hashing its word.
    private readonly FrozenDictionary<string, WordSet> _ownUnitWords;

    // The number words of other languages that are none in a report of one language ("dos" in Portuguese), by language: a
    // short array scanned with an ordinal compare, as it is asked at every number word read.
    private readonly (string Language, WordSet Words)[] _notOwnUnits;

    // What the second word of a unit phrase after a one-letter word ("a dozen") may look like: its length and
    // its first letter folded to lower case. Outside ASCII a letter may equal another ignoring case in ways
    // the fold does not follow, so such a letter in a phrase or a word lets every word through.
    // "a" carries a number word's cue in every language, so it is asked about often, and a word that cannot
    // follow it is answered without building and hashing the phrase.
    private readonly ulong _pairSecondLengths;
    private readonly ulong _pairSecondInitials;

    public NumberReader(ExtractionKnowledge knowledge)
    {
        _scaleGate = knowledge.Mask(KnowledgeList.Scales);
        _and = knowledge.Words(KnowledgeList.Conjunction);
        _unitLookup = Pairs(knowledge.List(KnowledgeList.Units)).GetAlternateLookup<ReadOnlySpan<char>>();
        _scaleLookup = Pairs(knowledge.List(KnowledgeList.Scales)).GetAlternateLookup<ReadOnlySpan<char>>();
        _ownUnits = ReportLanguage.All.Where(code => KnowledgeList.OwnUnits(code) is not null)
            .ToFrozenDictionary(code => code, code => Pairs(knowledge.List(KnowledgeList.OwnUnits(code)!)), StringComparer.Ordinal);
        _ownUnitWords = _ownUnits.ToFrozenDictionary(
            own => own.Key, own => new WordSet(own.Value.Keys, StringComparer.OrdinalIgnoreCase, vocabulary: knowledge.Cues), StringComparer.Ordinal);
        _notOwnUnits = [.. ReportLanguage.All.Where(code => KnowledgeList.NotOwnUnits(code) is not null)
            .Select(code => (code, knowledge.Words(KnowledgeList.NotOwnUnits(code)!)))];
        foreach (var unit in Pairs(knowledge.List(KnowledgeList.Units)).Keys)
        {
            if (unit.Length > 2 && unit[1] == ' ')
            {
                _pairSecondLengths |= 1UL << Math.Min(unit.Length - 2, 63);
                _pairSecondInitials |= unit[2] < 128 ? Initial(unit[2]) : ulong.MaxValue;
            }
        }
    }

    /// <summary>An ASCII character, folded to lower case, as a bit of <see cref="_pairSecondInitials"/> (two characters may share one).</summary>
    private static ulong Initial(char ascii) => 1UL << (ascii | 0x20);

    /// <summary>Whether a word may be the second word of a unit phrase after a one-letter word (see <see cref="_pairSecondLengths"/>).</summary>
    private bool MayFollowALetter(ReadOnlySpan<char> word) =>
        word.Length > 0 && (_pairSecondLengths & (1UL << Math.Min(word.Length, 63))) != 0
        && (word[0] >= 128 || (_pairSecondInitials & Initial(word[0])) != 0);

    /// <summary>The number words read only in reports of <paramref name="language"/>, or null when it has none.</summary>
    private FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>>? OwnUnits(string? language) =>
        language is not null && _ownUnits.TryGetValue(language, out var own) ? own.GetAlternateLookup<ReadOnlySpan<char>>() : null;

    /// <summary>The number words read only in reports of <paramref name="language"/> as a word set, or null when it has none.</summary>
    public WordSet? OwnUnitWords(string? language) =>
        language is not null && _ownUnitWords.TryGetValue(language, out var own) ? own : null;

    /// <summary>The value at <paramref name="index"/> and how many tokens it spans, or null.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="index">The token the number would start at.</param>
    /// <param name="language">The report's language, whose own number words (<see cref="OwnUnits"/>) are read too.</param>
    public (long Value, int Tokens)? Read(SentenceTokens sentence, int index, string? language = null)
    {
        var tokens = sentence.Tokens;
        long value;
        var used = 1;
        if (tokens[index].Kind == TokenKind.Number)
        {
            if (Digits(sentence.Word(index)) is not { } digits)
            {
                return null;
            }

            value = digits;
        }
        else if (NotOwnUnit(sentence, index, language) || !TryWords(sentence, index, OwnUnits(language), out value, out used))
        {
            return null;
        }
        else if (value is >= 20 and < 100 && value % 10 == 0 && index + used + 1 < tokens.Length && _and.Contains(sentence, index + used)
            && _unitLookup.TryGetValue(sentence.Word(index + used + 1), out var unit) && unit is > 0 and < 20)
        {
            // "treinta y dos", "vinte e três", "trente et une", "soixante et onze": tens, "and", a unit.
            value += unit;
            used += 2;
        }

        if (index + used < tokens.Length && sentence.Cues[index + used].Overlaps(_scaleGate)
            && _scaleLookup.TryGetValue(sentence.Word(index + used), out var scale))
        {
            value *= scale;
            used++;
        }

        return (value, used);
    }

    /// <summary>Whether the word is a number word of another language that is none in a report of <paramref name="language"/>.</summary>
    private bool NotOwnUnit(SentenceTokens sentence, int index, string? language)
    {
        foreach (var (code, words) in _notOwnUnits)
        {
            if (string.Equals(code, language, StringComparison.Ordinal))
            {
                return words.Contains(sentence, index);
            }
        }

        return false;
    }

    private bool TryWords(
        SentenceTokens sentence, int index, FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>>? own, out long value, out int used)
    {
        value = 0;
        used = 0;
        var word = sentence.Word(index);
        if (word.Length == 1 && index + 1 < sentence.Count && MayFollowALetter(sentence.Word(index + 1)) && TwoWords(word, sentence.Word(index + 1), out var pair))
        {
            (value, used) = (pair, 2); // "a dozen", "a hundred"
            return true;
        }

        // "Seventy-five" and "Quatre-vingt-sept" at a sentence start are tokenised "Seventy" + "-five":
        // the two tokens are read as the one word they are written as.
        used = 1;
        while (index + used < sentence.Count && sentence.Word(index + used) is ['-', _, ..]
            && sentence.Tokens[index + used].Start == sentence.Tokens[index + used - 1].End)
        {
            used++;
        }

        if (used > 1)
        {
            word = sentence.SpanOf(index, used).Slice(sentence.Text);
        }

        // "seven", "twenty-five", "quatre-vingt-sept": the hyphen-separated parts are unit words, the
        // longest listed run of parts first ("quatre-vingt" 80, then "sept" 7).
        for (var start = 0; start < word.Length;)
        {
            var end = word.Length;
            long unit;
            while (!Unit(word[start..end], own, out unit))
            {
                end = word[start..end].LastIndexOf('-') is var dash and > 0 ? start + dash : -1;
                if (end < 0)
                {
                    return false;
                }
            }

            value += unit;
            start = end + 1;
        }

        return true;
    }

    /// <summary>A unit word of every language or of the report's own.</summary>
    private bool Unit(ReadOnlySpan<char> word, FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>>? own, out long unit)
    {
        if (_unitLookup.TryGetValue(word, out unit))
        {
            return true;
        }

        return own is { } ownLookup && ownLookup.TryGetValue(word, out unit);
    }

    /// <summary>"a dozen": the two words looked up as one phrase.</summary>
    private bool TwoWords(ReadOnlySpan<char> first, ReadOnlySpan<char> second, out long value)
    {
        value = 0;
        if (first.Length + 1 + second.Length > MaxPhraseLength)
        {
            return false;
        }

        Span<char> phrase = stackalloc char[first.Length + 1 + second.Length];
        first.CopyTo(phrase);
        phrase[first.Length] = ' ';
        second.CopyTo(phrase[(first.Length + 1)..]);
        return _unitLookup.TryGetValue(phrase, out value);
    }

    /// <summary>
    /// The whole part of "1,006" or "3.5" (thousands separators skipped, decimals dropped); null
    /// when it does not fit the range later scaling ("million") can multiply safely.
    /// </summary>
    private static long? Digits(ReadOnlySpan<char> token)
    {
        long value = 0;
        foreach (var c in token)
        {
            if (c == '.')
            {
                break;
            }

            if (c is >= '0' and <= '9')
            {
                value = (value * 10) + (c - '0');
                if (value > MaxDigitsValue)
                {
                    return null;
                }
            }
        }

        return value;
    }

    private static FrozenDictionary<string, long> Pairs(IReadOnlyList<string> items) =>
        items.Select(i => (Words: i[..i.LastIndexOf(' ')], Value: long.Parse(i[(i.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)))
            .DistinctBy(p => p.Words, StringComparer.OrdinalIgnoreCase) // "zero" is English and Portuguese; one value (checked at load)
            .ToFrozenDictionary(p => p.Words, p => p.Value, StringComparer.OrdinalIgnoreCase);
}
