using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Metadata;

/// <summary>
/// A report's date written on one of its last lines rather than at its top: a place and a date closing a press release
/// ("Lima, 12 de marzo de 2025.", "Georgetown, 2 October 2026") or a page's publication footer ("Publié le 18/03/2026 à
/// 09h40", "Published on 2 October 2026"). Asked only when the opening gives no date. The line must hold nothing but
/// that: a sentence that tells of an earlier event or a hearing ahead ("The trial opens on 3 March 2027.") goes on in
/// lower-case words, and is left alone.
/// </summary>
internal sealed class ClosingDateLine(ExtractionKnowledge knowledge)
{
    private const int TailLength = 600;
    private const int TailLines = 3;
    private const int MaxLineLength = 80;
    private const int MaxPlaceLinker = 3; // "de", "do", "del" inside a place's name; "le", "a" after its comma
    private const int MaxFooterLinker = 4; // "on", "el", "em", "le", "à jour le" after the publication word
    private const int MaxTimeWord = 3; // "à", "às", "at", "hrs", "CET" around a time after the date
    private const int YearDigits = 4;
    private const string LeadingMarks = "—–-|•*";

    // "Published", "Publicado", "Publié": the word that opens a publication footer (language.txt, publication-word).
    private readonly WordSet _publicationWords = knowledge.Words(KnowledgeList.PublicationWord);

    /// <summary>The date of the closing date line among the report's last few lines that hold text, the last first; null when none is one.</summary>
    public DateOnly? Read(string text, string language)
    {
        var tail = text.AsSpan(Math.Max(0, text.Length - TailLength)).TrimEnd();
        for (var n = 0; n < TailLines && !tail.IsEmpty; n++)
        {
            var start = tail.LastIndexOf('\n') + 1;
            var line = tail[start..].Trim();
            tail = start == 0 ? [] : tail[..(start - 1)].TrimEnd();
            if (line.IsEmpty || line.Length > MaxLineLength || !ReportDateReader.HasYear(line) || !IsClosingDateLine(line))
            {
                continue;
            }

            var written = line.ToString();
            return ReportDateReader.Read(written) ?? NativeDateReader.Read(written, language);
        }

        return null;
    }

    /// <summary>Whether the words before the line's first digit are a place or a publication word, and only a time or punctuation follows its year.</summary>
    internal bool IsClosingDateLine(ReadOnlySpan<char> line)
    {
        var digit = line.IndexOfAnyInRange('0', '9');
        if (digit < 0)
        {
            return false;
        }

        // A month written before its day ("October 27, 2026") is part of the date; a dash may open the line ("— Thursday, April 23, 2026").
        var before = line[..digit].Trim().TrimStart(LeadingMarks).Trim();
        var lastSpace = before.LastIndexOf(' ');
        var lastWord = before[(lastSpace + 1)..].TrimEnd(',');
        if (MonthNames.Number(lastWord) > 0 || NativeDateReader.IsMonth(lastWord))
        {
            before = lastSpace < 0 ? [] : before[..lastSpace].TrimEnd();
        }

        return (before.IsEmpty || IsPlace(before) || IsFooter(before)) && OnlyATimeAfter(line[digit..]);
    }

    /// <summary>
    /// "Georgetown,", "Ciudad de México, a", "MONTRÉAL, le": capitalised words and short linking words, closed by a comma and one
    /// short word at most, as a dateline's place stands before its date.
    /// </summary>
    internal static bool IsPlace(ReadOnlySpan<char> before)
    {
        var comma = before.LastIndexOf(',');
        if (comma <= 0 || !char.IsUpper(before[0]))
        {
            return false;
        }

        var after = before[(comma + 1)..].Trim();
        if (!after.IsEmpty && !IsShortLowerWord(after, MaxPlaceLinker))
        {
            return false;
        }

        foreach (var range in before[..comma].Split(' '))
        {
            var word = before[..comma][range].Trim("(),");
            if (!word.IsEmpty && !char.IsUpper(word[0]) && !IsShortLowerWord(word, MaxPlaceLinker))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Published", "Publicado el", "Publié le", "Mis à jour le", "Issued at Algiers on", "Published Thursday,": a publication
    /// word, then short lower-case words or capitalised ones (a place, a weekday) only.
    /// </summary>
    private bool IsFooter(ReadOnlySpan<char> before)
    {
        var first = true;
        foreach (var range in before.TrimEnd(':').Split(' '))
        {
            var word = before.TrimEnd(':')[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (first ? !_publicationWords.Contains(word.TrimEnd(':')) : !IsShortLowerWord(word, MaxFooterLinker) && !char.IsUpper(word[0]))
            {
                return false;
            }

            first = false;
        }

        return !first;
    }

    /// <summary>
    /// Whether after the line's first run of four digits (the year of every date shape read) there are only digits,
    /// punctuation and words of a time ("à 09h40", "às 14h20", "10:15 CET"): a sentence goes on in longer words.
    /// </summary>
    private static bool OnlyATimeAfter(ReadOnlySpan<char> fromFirstDigit)
    {
        var run = 0;
        var i = 0;
        for (; i < fromFirstDigit.Length && run < YearDigits; i++)
        {
            run = char.IsAsciiDigit(fromFirstDigit[i]) ? run + 1 : 0;
        }

        var rest = fromFirstDigit[i..];
        for (var k = 0; k < rest.Length;)
        {
            if (!char.IsLetter(rest[k]))
            {
                k++;
                continue;
            }

            var end = k;
            while (end < rest.Length && char.IsLetter(rest[end]))
            {
                end++;
            }

            if (end - k > MaxTimeWord)
            {
                return false;
            }

            k = end;
        }

        return true;
    }

    private static bool IsShortLowerWord(ReadOnlySpan<char> word, int most)
    {
        if (word.Length > most)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
