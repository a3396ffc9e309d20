using System.Collections.Frozen;
using System.Buffers;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Text;

/// <summary>
/// Splits a report into sentences: at '.', '!' or '?' followed by space and a capital, digit or
/// quote, and at blank lines and single line breaks (headlines, datelines), never after a known
/// abbreviation ("Mr.", "U.S.") or a single initial.
/// </summary>
internal sealed class SentenceSplitter(IEnumerable<string> abbreviations)
{
    private static readonly SearchValues<char> Enders = SearchValues.Create(".!?\n");
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations =
        abbreviations.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public List<TextSpan> Split(string text) => Split(text, new List<TextSpan>(Math.Max(4, text.Length / 100)));

    /// <summary>The sentence spans of <paramref name="text"/>, added to <paramref name="sentences"/> (a list the caller keeps), which is returned.</summary>
    public List<TextSpan> Split(string text, List<TextSpan> sentences)
    {
        var start = 0;
        for (var i = text.AsSpan().IndexOfAny(Enders); i >= 0; i = NextEnder(text, i + 1))
        {
            if (text[i] == '\n' || IsBoundary(text, i))
            {
                Add(text, start, i + 1, sentences);
                start = i + 1;
            }
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static int NextEnder(string text, int from)
    {
        var next = text.AsSpan(from).IndexOfAny(Enders);
        return next < 0 ? -1 : from + next;
    }

    private bool IsBoundary(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is '"' or '\'' or '\u201D' or '\u2019' or ')')
        {
            j++;
        }

        if (j < text.Length && !char.IsWhiteSpace(text[j]))
        {
            return false;
        }

        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }

        if (j < text.Length && !(char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '"' or '\u201C' or '\n' or '\r'))
        {
            return false;
        }

        return text[i] != '.' || !EndsWithAbbreviation(text, i);
    }

    private bool EndsWithAbbreviation(string text, int dot)
    {
        var k = dot;
        while (k > 0 && (char.IsLetter(text[k - 1]) || text[k - 1] == '.'))
        {
            k--;
        }

        var word = text.AsSpan(k, dot - k);
        return word.Length == 1 || _abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end - start));
        }
    }
}
