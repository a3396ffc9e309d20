using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction;

/// <summary>
/// The cheap first guess at a report's language: each word of its opening that is on one language's
/// vote list (<c>language-vote-xx</c> in <c>language.txt</c> and its copies) is a vote for that
/// language. A clear winner is the answer; a close or empty vote is left to the costly detector.
/// </summary>
internal sealed class LanguageVote
{
    /// <summary>How much of a report is counted: a paragraph or two, so the cost does not grow with the report.</summary>
    private const int SampleLength = 1000;

    /// <summary>The fewest votes a winner needs.</summary>
    private const int MinimumVotes = 3;

    /// <summary>How many times the runner-up's votes a winner needs.</summary>
    private const int Margin = 2;

    private readonly string[] _codes;

    // A longer word is on no list, so it is not looked up.
    private readonly int _longestWord;

    // The extractor's own word table: every word of every report's opening is looked up here, and a
    // dictionary's case-insensitive hash reads every letter of the word.
    private readonly WordTable<int> _language;

    /// <summary>The vote lists of <paramref name="codes"/>, one per language, from the knowledge.</summary>
    public LanguageVote(ExtractionKnowledge knowledge, IReadOnlyList<string> codes)
    {
        _codes = [.. codes];
        var language = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < _codes.Length; index++)
        {
            foreach (var word in knowledge.List(KnowledgeList.LanguageVote(_codes[index])))
            {
                if (!language.TryAdd(word, index) && language[word] != index)
                {
                    throw new InvalidDataException($"data/knowledge: '{word}' is on the vote lists of two languages; a vote word must name one.");
                }
            }
        }

        _language = new WordTable<int>(language);
        _longestWord = language.Count == 0 ? 0 : language.Keys.Max(word => word.Length);
        (_packedWords, _packedLanguages, _packedShift) = Pack(language);
        foreach (var word in language.Keys)
        {
            if (word.Length <= PackedLetters && word[0] < Latin1Fold.Length)
            {
                _packedStarts[word.Length] |= 1UL << Latin1Fold[word[0]];
            }

            if (word.Length <= PackedLetters && word[^1] < Latin1Fold.Length)
            {
                _packedEnds[word.Length] |= 1UL << Latin1Fold[word[^1]];
            }
        }

        // A run longer than eight is looked up only when a listed word is; without the packing every run is looked up.
        var (longer, unpacked) = (_longestWord > PackedLetters ? ulong.MaxValue : 0, _packedWords is null);
        (_packedStarts[^1], _packedEnds[^1]) = (longer, longer);
        if (unpacked)
        {
            _packedStarts.AsSpan().Fill(ulong.MaxValue);
            _packedEnds.AsSpan().Fill(ulong.MaxValue);
        }
    }

    // The vote's words of one to eight letters of Latin-1 (ASCII and the accented letters of "também", "été"), each
    // packed into one number (a letter a byte, folded as case is ignored), in a small open-addressed table: the
    // opening's words are looked up there without hashing letters or reading the word table's slots and letters,
    // which the rest of a report's reading has pushed out of the cache by the next report (the vote was 6 % of a
    // CPU sample of the Portuguese dev reports, most of it in the word table's look-up; until session 16 a word
    // with an accent still went to the word table, 7 % of the Portuguese sample). A word with a character past
    // Latin-1, or longer than eight, is looked up in the word table as before. Null when a listed word holds a
    // character past Latin-1, which could equal a Latin-1 one ignoring case ("ı" and "I").
    private readonly ulong[]? _packedWords;
    private readonly int[] _packedLanguages;
    private readonly int _packedShift;
    private const int PackedLetters = sizeof(ulong);

    // For each length up to eight, a bit per folded first letter (modulo 64) of the packed words of that length: most
    // words of an opening are answered "not here" from these 72 bytes without packing their letters or reading the
    // table, which the rest of the report has pushed out of the cache (English: "police", "suspects", "in").
    // Its last number stands for every run longer than eight.
    private readonly ulong[] _packedStarts = new ulong[PackedLetters + 2];

    // The same for the folded last letter: a word that passes the first-letter bits ("in", "on", "two", "police" does
    // not) is looked up only when a listed word of its length also ends with its last letter. In the English dev
    // openings about half the words passed the first letter alone and only one in seventeen of those was not on a list
    // after both; the look-up they were spared was most of the vote's cost after its loop (session 16).
    private readonly ulong[] _packedEnds = new ulong[PackedLetters + 2];

    /// <summary>
    /// For each Latin-1 character, the one that stands for all those equal to it ignoring case (ordinal,
    /// as the word table compares): its lower case for a letter with one inside Latin-1 ("É" → "é").
    /// </summary>
    internal static readonly byte[] Latin1Fold = BuildLatin1Fold();

    private static byte[] BuildLatin1Fold()
    {
        var fold = new byte[256];
        for (var c = 0; c < fold.Length; c++)
        {
            // The highest character with the same upper case: two characters equal ignoring case fold alike.
            var upper = char.ToUpperInvariant((char)c);
            for (var other = fold.Length - 1; other >= 0; other--)
            {
                if (char.ToUpperInvariant((char)other) == upper)
                {
                    fold[c] = (byte)other;
                    break;
                }
            }
        }

        return fold;
    }

    private static (ulong[]? Words, int[] Languages, int Shift) Pack(Dictionary<string, int> language)
    {
        var size = 16;
        while (size < language.Count * 4)
        {
            size *= 2;
        }

        var (words, languages) = (new ulong[size], new int[size]);
        var shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        foreach (var (word, index) in language)
        {
            if (word.Any(c => c >= Latin1Fold.Length))
            {
                return (null, [], 0);
            }

            if (word.Length > PackedLetters || !word.All(char.IsLetter))
            {
                continue; // looked up in the word table, or never a run of letters
            }

            var key = PackedKey(word);
            var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
            while (words[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            (words[slot], languages[slot]) = (key, index);
        }

        return (words, languages, shift);
    }

    /// <summary>
    /// The letters of a word of at most eight, each folded by <see cref="Latin1Fold"/>, a byte each; 0 when a
    /// character is past Latin-1. Two words of letters have the same key exactly when they are equal ignoring case.
    /// </summary>
    private static ulong PackedKey(ReadOnlySpan<char> word)
    {
        var fold = Latin1Fold;
        var key = 0UL;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= 256)
            {
                return 0;
            }

            key |= (ulong)fold[c] << (8 * i);
        }

        return key;
    }

    /// <summary>The vote list a run of letters is on, or -1.</summary>
    private int LanguageOf(ReadOnlySpan<char> word)
    {
        if (_packedWords is not null && word.Length <= PackedLetters && word[0] < Latin1Fold.Length)
        {
            // No listed word of this length starts with this letter in either case: a listed word past Latin-1 turns
            // the packing off, and one left out of it (longer, or not all letters) cannot equal a short run of letters.
            if ((_packedStarts[word.Length] & (1UL << Latin1Fold[word[0]])) == 0)
            {
                return -1;
            }
        }

        if (_packedWords is { } packed && word.Length <= PackedLetters && PackedKey(word) is var key and not 0)
        {
            var mask = packed.Length - 1;
            for (var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> _packedShift); ; slot = (slot + 1) & mask)
            {
                if (packed[slot] == key)
                {
                    return _packedLanguages[slot];
                }

                if (packed[slot] == 0)
                {
                    return -1;
                }
            }
        }

        return _language.TryGetValue(word, out var index) ? index : -1;
    }

    /// <summary>The code of the language that clearly wins the vote over the report's opening; null when none does.</summary>
    public string? Winner(string text)
    {
        Span<int> votes = stackalloc int[_codes.Length];
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));

        // A word is a run of letters. The opening's letters are marked first, one bit per character, eight
        // characters at a time, and the runs are then found between set and clear bits a block of 64 at a
        // time: the loop that asked of each character whether a word ended there was 6% of a CPU sample of
        // the English dev reports, and this way counts about 2% fewer instructions for the whole extraction (session 11).
        Span<ulong> letters = stackalloc ulong[(SampleLength + 63) / 64];
        MarkLetters(sample, letters);
        // The first- and last-letter bits are read here, before the call, as most words are answered by them alone; a
        // run with a letter past Latin-1 at either end is looked up (see LanguageOf).
        var (starts, ends, fold) = (_packedStarts, _packedEnds, Latin1Fold);

        // The runs are read from the marks a block at a time: a run starts at a letter after a non-letter and ends at a
        // non-letter after a letter, so a block's starts and ends alternate, and a run still open at the end of a block
        // is closed by the next block's first end. Marks past the opening are clear, so the last run ends too: its end
        // is at most the opening's length, 1,000, inside the last block.
        var pending = -1;
        var carry = 0UL;
        for (var block = 0; block <= sample.Length >> 6 && block < letters.Length; block++)
        {
            var marks = letters[block];
            var before = (marks << 1) | carry;
            carry = marks >> 63;
            var (runStarts, runEnds) = (marks & ~before, ~marks & before);
            for (; runEnds != 0; runEnds &= runEnds - 1)
            {
                var end = (block << 6) + BitOperations.TrailingZeroCount(runEnds);
                var start = pending;
                if (start < 0)
                {
                    start = (block << 6) + BitOperations.TrailingZeroCount(runStarts);
                    runStarts &= runStarts - 1;
                }

                pending = -1;
                var length = end - start;
                var (opening, closing) = (sample[start], sample[end - 1]);
                var lengthBits = Math.Min(length, PackedLetters + 1);
                if (((opening | closing) >= fold.Length
                        || ((starts[lengthBits] >> fold[opening]) & (ends[lengthBits] >> fold[closing]) & 1) != 0)
                    && LanguageOf(sample[start..end]) is var index and >= 0)
                {
                    votes[index]++;
                }
            }

            if (runStarts != 0)
            {
                pending = (block << 6) + BitOperations.TrailingZeroCount(runStarts);
            }
        }

        var (first, second, leader) = (0, 0, -1);
        for (var index = 0; index < votes.Length; index++)
        {
            if (votes[index] > first)
            {
                (second, first, leader) = (first, votes[index], index);
            }
            else if (votes[index] > second)
            {
                second = votes[index];
            }
        }

        return first >= MinimumVotes && first >= Margin * second ? _codes[leader] : null;
    }

    /// <summary>Sets bit <c>i % 64</c> of <c>bits[i / 64]</c> for each letter of <paramref name="text"/>, and clears every other bit.</summary>
    private static void MarkLetters(ReadOnlySpan<char> text, Span<ulong> bits)
    {
        bits.Clear();
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var i = 0;

        // Eight characters at a time: an ASCII letter's two cases differ only in bit 0x20, and a character
        // outside ASCII (an accented letter, a dash) is asked of alone. Eight divides 64, so the eight bits
        // of a block land in one number.
        for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
        {
            var chars = Vector128.LoadUnsafe(ref first, (nuint)i);
            var asciiLetters = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
            var letters = (ulong)asciiLetters.ExtractMostSignificantBits();
            if ((chars & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero)
            {
                bits[i >> 6] |= letters << i;
                continue;
            }

            var others = Vector128.GreaterThan(chars, Vector128.Create((ushort)127)).ExtractMostSignificantBits();
            letters &= ~(ulong)others;
            for (; others != 0; others &= others - 1)
            {
                var lane = BitOperations.TrailingZeroCount(others);
                letters |= char.IsLetter(text[i + lane]) ? 1UL << lane : 0;
            }

            bits[i >> 6] |= letters << i;
        }

        MarkLettersOneByOne(text, i, text.Length, bits);
    }

    private static void MarkLettersOneByOne(ReadOnlySpan<char> text, int from, int to, Span<ulong> bits)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c))
            {
                bits[i >> 6] |= 1UL << i;
            }
        }
    }
}
