using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Graph.Core.Extraction.Knowledge;

namespace Graph.Core.Extraction.Metadata;

/// <summary>
/// Reads a report's date as Spanish, Portuguese and French datelines write it, day first: "7 de
/// junio de 2022", "2 de Agosto de 2022", "le 30 novembre 2022", "05/10/2022". Asked only when the
/// English forms of <see cref="ReportDateReader"/> find none, and, for the numeric form, only in a
/// report not in English (where 05/10 is May 10th). The month names come from each language's
/// <c>months.txt</c>; the code knows no word of any language.
/// </summary>
internal static partial class NativeDateReader
{
    private const int HeaderLength = 400;
    private const int HeaderLines = 4;
    private const int DateLineLines = 8; // past the fourth line, a line that holds only a dateline ("Alger, le 30 septembre 2025")
    private const int BylineLength = 80; // past the fourth line, a line this short without a closing full stop is a byline, not prose

    private static readonly Lazy<FrozenDictionary<string, int>> Months = new(LoadMonths);

    // The span look-up of the month table, made once: the figure reader asks about the word after every count.
    private static readonly Lazy<FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>> MonthsBySpan =
        new(() => Months.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Whether a word is a month's name or abbreviation in any language read ("março", "juin").</summary>
    public static bool IsMonth(ReadOnlySpan<char> word) =>
        !word.IsEmpty && char.IsLetter(word[0]) && MonthsBySpan.Value.ContainsKey(word.TrimEnd('.'));

    public static DateOnly? Read(string text, string language)
    {
        var header = text.AsSpan(0, Math.Min(text.Length, HeaderLength));
        var numeric = language != ReportLanguage.English;
        var lines = header;
        for (var n = 0; n < DateLineLines && !lines.IsEmpty; n++)
        {
            // Under a letterhead and a headline the date must be the line's only content, a byline's, or follow a dateline's
            // place ("Montréal, le 28 mai 2025 — Le Service …").
            var late = n >= HeaderLines;
            var end = lines.IndexOf('\n');
            var lineText = end < 0 ? lines : lines[..end];
            lines = end < 0 ? [] : lines[(end + 1)..];
            if (!ReportDateReader.HasYear(lineText))
            {
                continue;
            }

            // The matches' bounds are found without the engine's capture pass (the costly part of a match), and
            // the day, month and year are read from the matched text by hand; a written date whose words could
            // be split two ways is handed to the full match, so the groups are always the expression's own.
            if (FirstMatch(WrittenDate(), lineText) is { } found
                && (!late || ReportDateReader.OnlyADateline(lineText, found) || IsByline(lineText) || ClosingDateLine.IsPlace(lineText[..found.Index].Trim()))
                && WrittenParts(lineText.Slice(found.Index, found.Length), lineText) is var (dayText, monthText, yearText)
                && Months.Value.TryGetValue(monthText.TrimEnd('.'), out var month)
                && Date(yearText, month, dayText) is { } date)
            {
                return date;
            }

            if (numeric && FirstMatch(NumericDate(), lineText) is { } digits
                && (!late || ReportDateReader.OnlyADateline(lineText, digits) || IsByline(lineText) || ClosingDateLine.IsPlace(lineText[..digits.Index].Trim()))
                && NumericParts(lineText.Slice(digits.Index, digits.Length)) is var (numericDay, numericMonth, numericYear)
                && Date(numericYear, int.Parse(numericMonth), numericDay) is { } day)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>
    /// "Por Rosa Quispe | 23 de julio de 2025 | 06:15 h", "Par Jean Ngono - 11 juil. 2025 à 09:30": under a section
    /// line and a headline, a short line with a date that does not close like a sentence is the byline, which carries
    /// the report's date; a paragraph of prose is longer or ends with a full stop.
    /// </summary>
    private static bool IsByline(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Length <= BylineLength && !trimmed.EndsWith('.');
    }

    /// <summary>Where the expression's first match in <paramref name="line"/> lies, found without its groups; null when there is none.</summary>
    private static (int Index, int Length)? FirstMatch(Regex expression, ReadOnlySpan<char> line)
    {
        foreach (var match in expression.EnumerateMatches(line))
        {
            return (match.Index, match.Length);
        }

        return null;
    }

    /// <summary>
    /// The day, month and year of a <see cref="WrittenDate"/> match: its first chunk is the day (digits, then
    /// "º", "°" or "er"), its last the year, and the one to three words between them a month with at most one
    /// short lower-case word on each side. Two words that could be either (linking word, month) or (month,
    /// linking word) are settled by the expression's own groups (<paramref name="line"/> is matched again).
    /// </summary>
    private static (string Day, string Month, string Year) WrittenParts(ReadOnlySpan<char> match, ReadOnlySpan<char> line)
    {
        Span<Range> chunks = stackalloc Range[6];
        var count = 0;
        for (var i = 0; i < match.Length;)
        {
            if (char.IsWhiteSpace(match[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < match.Length && !char.IsWhiteSpace(match[i]))
            {
                i++;
            }

            if (count == chunks.Length)
            {
                return FullMatchParts(line);
            }

            chunks[count++] = start..i;
        }

        var first = match[chunks[0]];
        var digits = 0;
        while (digits < first.Length && char.IsDigit(first[digits]))
        {
            digits++;
        }

        var words = count - 2;
        int monthChunk;
        if (words == 1)
        {
            monthChunk = 1;
        }
        else if (words == 3)
        {
            monthChunk = 2;
        }
        else if (words == 2)
        {
            var linkerFirst = IsLinkingWord(match[chunks[1]]) && IsMonthShaped(match[chunks[2]]);
            var monthFirst = IsMonthShaped(match[chunks[1]]) && IsLinkingWord(match[chunks[2]]);
            if (linkerFirst == monthFirst)
            {
                return FullMatchParts(line);
            }

            monthChunk = linkerFirst ? 2 : 1;
        }
        else
        {
            return FullMatchParts(line);
        }

        return (first[..digits].ToString(), match[chunks[monthChunk]].ToString(), match[chunks[count - 1]].ToString());
    }

    private static (string Day, string Month, string Year) FullMatchParts(ReadOnlySpan<char> line)
    {
        var written = WrittenDate().Match(line.ToString());
        return (written.Groups["day"].Value, written.Groups["month"].Value, written.Groups["year"].Value);
    }

    // \p{Ll}{1,3}, the linking word ("de").
    private static bool IsLinkingWord(ReadOnlySpan<char> word)
    {
        if (word.Length is < 1 or > 3)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.LowercaseLetter)
            {
                return false;
            }
        }

        return true;
    }

    // \p{L}{3,10}\.?, the month.
    private static bool IsMonthShaped(ReadOnlySpan<char> word)
    {
        if (word.EndsWith('.'))
        {
            word = word[..^1];
        }

        if (word.Length is < 3 or > 10)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The day, month and year of a <see cref="NumericDate"/> match, "05/10/2022".</summary>
    private static (string Day, string Month, string Year) NumericParts(ReadOnlySpan<char> match)
    {
        var firstSlash = match.IndexOf('/');
        var secondSlash = firstSlash + 1 + match[(firstSlash + 1)..].IndexOf('/');
        return (match[..firstSlash].ToString(), match[(firstSlash + 1)..secondSlash].ToString(), match[(secondSlash + 1)..].ToString());
    }

    private static DateOnly? Date(string year, int month, string day) =>
        month is >= 1 and <= 12 && int.Parse(day) is var d && int.Parse(year) is var y && d >= 1 && d <= DateTime.DaysInMonth(y, month)
            ? new DateOnly(y, month, d)
            : null;

    private static FrozenDictionary<string, int> LoadMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in KnowledgeLanguages.Folders)
        {
            var file = $"{folder}/months.txt";
            var rows = KnowledgeLists.Columns(file, 1).ToList();
            if (rows.Count != 12)
            {
                throw new InvalidDataException($"data/knowledge/{file}: {rows.Count} months, expected 12.");
            }

            for (var m = 0; m < rows.Count; m++)
            {
                foreach (var name in KnowledgeFile.List(rows[m].Cells[0]))
                {
                    months.TryAdd(name, m + 1);
                }
            }
        }

        return months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    // A day, a month word and a four-digit year, with at most one short linking word between each
    // ("7 de junio de 2022", "1er mars 2024"). NonBacktracking: linear whatever the text holds.
    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:º|°|er)?\s+(?:\p{Ll}{1,3}\s+)?(?<month>\p{L}{3,10}\.?)\s+(?:\p{Ll}{1,3}\s+)?(?<year>\d{4})\b", RegexOptions.NonBacktracking)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"\b(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4})\b", RegexOptions.NonBacktracking)]
    private static partial Regex NumericDate();
}
