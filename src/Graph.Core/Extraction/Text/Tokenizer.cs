using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Graph.Core.Extraction.Text;

/// <summary>
/// Splits text into words, numbers and punctuation in one linear pass, without regular expressions.
/// Keeps together what gazetteers name as one word: "Guinea-Bissau", "U.S.", "d'Ivoire", "1,006";
/// splits the possessive ("'s", the endings of data/knowledge/language.txt) and a lower-case suffix
/// after a name ("Europol-led" → "Europol", "-led").
/// </summary>
/// <param name="possessiveEndings">What follows the apostrophe of a possessive ("s"), split off as its own token.</param>
/// <param name="elisions">Words cut before a vowel and an apostrophe ("l", "d"), split off with it: "l'opération" → "l'" + "opération".</param>
internal sealed class Tokenizer(IReadOnlyList<string> possessiveEndings, IReadOnlyList<string> elisions)
{
    private readonly string[] _possessiveEndings = [.. possessiveEndings];
    private readonly string[] _elisions = [.. elisions];


    public List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new TokenBuffer((end - start) / 5);
        Tokenize(text, start, end, tokens);
        return [.. tokens.AsSpan(0, tokens.Count)];
    }

    /// <summary>Appends the tokens of <c>text[start..end]</c> to <paramref name="tokens"/>.</summary>
    public void Tokenize(string text, int start, int end, TokenBuffer tokens)
    {
        var first = tokens.Count;
        var plain = tokens.Bits(end - start);
        MarkPlain(text.AsSpan(start, end - start), plain);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == ' ' || char.IsWhiteSpace(c))
            {
                i++; // a space, the most frequent character between tokens, is settled without the table look-up
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i, start, end, tokens, plain);
            }
            else if (char.IsDigit(c))
            {
                var j = i + 1;
                while (j < end && (char.IsDigit(text[j]) || (IsNumberJoiner(text[j]) && j + 1 < end && char.IsDigit(text[j + 1]))))
                {
                    j++;
                }

                tokens.Add(new Token(i, j - i, TokenKind.Number));
                i = j;
            }
            else if (c == '-' && i + 1 < end && char.IsLower(text[i + 1]) && tokens.Count > first && tokens[tokens.Count - 1].End == i)
            {
                var j = i + 1;
                while (j < end && char.IsLetter(text[j]))
                {
                    j++;
                }

                tokens.Add(new Token(i, j - i, TokenKind.Word, TokenShape.Hyphenated));
                i = j;
            }
            else
            {
                tokens.Add(new Token(i, 1, TokenKind.Punctuation));
                i++;
            }
        }
    }

    // from: where the text being tokenized starts; bit k of plain is its character from + k.
    private int ReadWord(string text, int i, int from, int end, TokenBuffer tokens, ReadOnlySpan<ulong> plain)
    {
        var start = i;
        var capitalized = char.IsUpper(text[i]);
        var shape = capitalized ? TokenShape.Capitalized : TokenShape.None;
        while (i < end)
        {
            // Most of a word is plain ASCII letters and digits: skip them first, to the next clear bit of the marks made
            // for the whole text at once (a vectorised search set up for each word cost more than it saved, 1-2 % of a
            // CPU sample; a loop a character at a time ended at every word on a branch the processor could not foresee).
            i = from + CharacterBits.Next(plain, i - from, end - from, set: false);

            if (i == end)
            {
                break;
            }

            // An ASCII character here is no letter or digit (the loop above took those) and no combining mark, so
            // the word ends or a joiner follows without asking the character tables about it.
            var c = text[i];
            if (c >= 128 && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                i++;
                continue;
            }

            var next = i + 1 < end ? text[i + 1] : '\0';
            if (IsApostrophe(c) && char.IsLetter(next))
            {
                // "Interpol's" → "Interpol" + "'s"; "d'Ivoire" and "O'Brien" stay whole.
                if (IsElision(text.AsSpan(start, i - start)))
                {
                    tokens.Add(new Token(start, i + 1 - start, TokenKind.Word));
                    return i + 1;
                }

                var ending = PossessiveEndingAt(text, i + 1, end);
                if (ending > 0)
                {
                    tokens.Add(new Token(start, i - start, TokenKind.Word, shape));
                    tokens.Add(new Token(i, 1 + ending, TokenKind.Word));
                    return i + 1 + ending;
                }

                i++;
            }
            else if (c == '-' && char.IsLetter(next))
            {
                if (capitalized && char.IsLower(next))
                {
                    break; // "Europol-led": the suffix becomes its own token.
                }

                shape |= TokenShape.Hyphenated;
                i++;
            }
            else if (c == '.' && i - start == 1 && char.IsUpper(text[start]) && char.IsUpper(next) && i + 2 < end && text[i + 2] == '.')
            {
                // Dotted acronyms: "U.S.", "U.K.", "U.S.A."
                while (i + 2 < end && char.IsUpper(text[i + 1]) && text[i + 2] == '.')
                {
                    i += 2;
                }

                i++;
                break;
            }
            else
            {
                break;
            }
        }

        tokens.Add(new Token(start, i - start, TokenKind.Word, shape));
        return i;
    }

    /// <summary>Sets bit <c>k % 64</c> of <c>bits[k / 64]</c> for each ASCII letter or digit of <paramref name="text"/>; the bits are clear before.</summary>
    private static void MarkPlain(ReadOnlySpan<char> text, Span<ulong> bits)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var k = 0;

        // Eight characters at a time: an ASCII letter's two cases differ only in bit 0x20, and no other character
        // lands between 'a' and 'z' with that bit set. Eight divides 64, so a block's bits land in one number.
        for (; k + Vector128<ushort>.Count <= text.Length; k += Vector128<ushort>.Count)
        {
            var chars = Vector128.LoadUnsafe(ref first, (nuint)k);
            var letters = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
            var digits = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
            bits[k >> 6] |= (ulong)(letters | digits).ExtractMostSignificantBits() << k;
        }

        for (; k < text.Length; k++)
        {
            if (char.IsAsciiLetterOrDigit(text[k]))
            {
                bits[k >> 6] |= 1UL << k;
            }
        }
    }

    /// <summary>The length of the possessive ending at <paramref name="at"/> when a whole one stands there ("s" then no letter), else 0.</summary>
    private int PossessiveEndingAt(string text, int at, int end)
    {
        foreach (var ending in _possessiveEndings)
        {
            var after = at + ending.Length;
            if (after <= end && text.AsSpan(at, ending.Length).Equals(ending, StringComparison.OrdinalIgnoreCase)
                && (after >= end || !char.IsLetter(text[after])))
            {
                return ending.Length;
            }
        }

        return 0;
    }

    private bool IsElision(ReadOnlySpan<char> word)
    {
        foreach (var elision in _elisions)
        {
            if (word.Equals(elision, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool IsNumberJoiner(char c) => c is ',' or '.';
}
