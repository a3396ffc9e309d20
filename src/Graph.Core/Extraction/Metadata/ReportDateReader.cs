using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core.Vocabulary;

namespace Graph.Core.Extraction.Metadata;

/// <summary>
/// Reads a report's own date from where reports put it, never from the story: a
/// <c>date YYYY-MM-DD</c> marker, a dateline ("LYON, France, 12 March 2024 —"), or a line that
/// holds only a date, all near the top. Anything else gives null rather than a guess.
/// </summary>
internal static partial class ReportDateReader
{
    private const int HeaderLength = 400;
    private const int HeaderReach = 1000;
    private const int MaxHeaderLines = 8;
    private const int DayFirstReach = 4000;
    private const int IsoLength = 10;
    private const int MaxDatelineWords = 5; // "Ciudad de México, a" before a date line's date
    internal static readonly string[] Formats = ["d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "d MMM yyyy", "MMM d, yyyy", IsoDate.Pattern];

    public static DateOnly? Read(string text) => Read(text, FirstLine.Of(text));

    /// <summary>As <see cref="Read(string)"/>, with the first line's dateline already looked for (see <see cref="FirstLine"/>).</summary>
    public static DateOnly? Read(string text, FirstLine firstLine)
    {
        var header = text.AsSpan(0, Math.Min(text.Length, HeaderLength));
        if (!header.ContainsAnyInRange('0', '9'))
        {
            return null; // every form of date has a year in digits
        }

        var marker = MarkerDate(header);
        if (!marker.IsEmpty)
        {
            return ParseIso(marker); // the marker's date is the report's, even when it is no real day
        }

        // The first four lines as they come, then more lines of a longer header (a letterhead, a byline, a standfirst)
        // up to eight that hold text: past the fourth, a date counts only after capitalised words, a dateline's or a
        // letterhead's ("Luxembourg, 10 June 2026" under a headline and a blank line; "No. 1187/VIII/3   21 October 2025"),
        // not a story's sentence ("A hearing was held on 3 March 2025 - …").
        var lines = text.AsSpan(0, Math.Min(text.Length, HeaderReach));
        for (var (n, filled) = (0, 0); filled < MaxHeaderLines && !lines.IsEmpty; n++)
        {
            var end = lines.IndexOf('\n');
            var line = end < 0 ? lines : lines[..end];
            lines = end < 0 ? [] : lines[(end + 1)..];
            if (line.IsWhiteSpace())
            {
                continue;
            }

            filled++;
            var dateline = n == 0 ? firstLine.Dateline : HasYear(line) ? FirstDateline(line) : null;
            if (dateline is { } match && (n < 4 || OnlyCapitalisedWords(line[..match.Index]) || OnlyADateline(line, match))
                && Parse(DateOf(line.Slice(match.Index, match.Length)), () => DayFirst(text)) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// A line that holds a dateline and nothing after it but punctuation, with at most a few words before it, the first
    /// capitalised ("Alger, le 30 septembre 2025", "Publié le 02/04/2025", "Ciudad de México, a 22 de julio de 2025"):
    /// a letterhead's or a page's date line, not a story's sentence, which goes on after its date.
    /// </summary>
    internal static bool OnlyADateline(ReadOnlySpan<char> line, (int Index, int Length) match)
    {
        var before = line[..match.Index].Trim();
        if (before.IsEmpty || !char.IsUpper(before[0]) || !line[(match.Index + match.Length)..].Trim().Trim(".,;:–—-").IsEmpty)
        {
            return false;
        }

        var words = 1;
        foreach (var c in before)
        {
            words += c == ' ' ? 1 : 0;
        }

        return words <= MaxDatelineWords;
    }

    /// <summary>Whether every word of the text starts with a capital or a digit ("KOROR, ", "Published ", "No. 1187/VIII/3 ").</summary>
    private static bool OnlyCapitalisedWords(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])) && !char.IsUpper(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// How the report writes its dates in words, for a numeric date both readings fit ("09/04/2026"): true when its first
    /// such date puts the day first ("4 September 2025"), false when the month comes first ("September 4"), null when it
    /// writes none. Read only for such a date, from the text's start.
    /// </summary>
    private static bool? DayFirst(string text)
    {
        var reach = text.AsSpan(0, Math.Min(text.Length, DayFirstReach));
        return MayTellDayOrder(reach) ? DayOrder(reach) : null;
    }

    /// <summary><see cref="DayFirst"/> without its scan: the expression's matches read in order.</summary>
    internal static bool? DayOrder(ReadOnlySpan<char> reach)
    {
        foreach (var match in WrittenDate().EnumerateMatches(reach))
        {
            // The word is the match's run of letters, after the day when the day comes first: the expression lets any white
            // space stand around it ("12\nMarch 2025", a no-break space), so the word is not cut at a plain space.
            var value = reach.Slice(match.Index, match.Length);
            var dayFirst = char.IsAsciiDigit(value[0]);
            var word = dayFirst ? value.TrimStart("0123456789").TrimStart() : value;
            var letters = word.IndexOfAnyExceptInRange('A', 'z');
            if (MonthNames.Number(letters < 0 ? word : word[..letters]) > 0)
            {
                return dayFirst;
            }
        }

        return null;
    }

    /// <summary>
    /// False when <see cref="DayOrder"/> gives null without a look at the expression's matches: each of them holds a
    /// capitalised word of three to nine ASCII letters, white space and a digit, and one tells the order only when that
    /// word is a month's name. Most reports write no English month ("Copy 5", "Operação 2" are no dates), and the
    /// expression no longer runs over their first 4,000 characters.
    /// </summary>
    internal static bool MayTellDayOrder(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length;)
        {
            var found = text[i..].IndexOfAnyInRange('A', 'Z');
            if (found < 0)
            {
                return false;
            }

            var at = i + found;
            var end = at + 1;
            while (end < text.Length && char.IsAsciiLetterLower(text[end]))
            {
                end++;
            }

            i = end;
            if (end - at - 1 is < 2 or > 8)
            {
                continue;
            }

            var k = end;
            while (k < text.Length && char.IsWhiteSpace(text[k]))
            {
                k++;
            }

            if (k > end && k < text.Length && char.IsDigit(text[k]) && MonthNames.Number(text[at..end]) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The ISO date of the first <c>date YYYY-MM-DD</c> marker: "date" opening a line, white space,
    /// ten characters shaped as an ISO date and no word character after them. Empty when there is none.
    /// Read by hand: every report is searched for it, and a scan costs less than a regular expression.
    /// </summary>
    private static ReadOnlySpan<char> MarkerDate(ReadOnlySpan<char> header)
    {
        const string Word = "date";
        for (var from = 0; from < header.Length;)
        {
            var found = header[from..].IndexOf(Word, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return [];
            }

            var at = from + found;
            from = at + Word.Length;
            var lineStart = header[..at].LastIndexOf('\n') + 1;
            var rest = header[from..];
            var value = rest.TrimStart();
            if (!header[lineStart..at].IsWhiteSpace() || value.Length == rest.Length || value.Length < IsoLength)
            {
                continue;
            }

            var endsThere = value.Length == IsoLength || !(char.IsLetterOrDigit(value[IsoLength]) || value[IsoLength] == '_');
            if (endsThere && IsIsoShaped(value[..IsoLength]))
            {
                return value[..IsoLength];
            }
        }

        return [];
    }

    /// <summary>Digits and dashes where "2024-03-12" has them.</summary>
    private static bool IsIsoShaped(ReadOnlySpan<char> value)
    {
        for (var k = 0; k < value.Length; k++)
        {
            if (k is 4 or 7 ? value[k] != '-' : !char.IsAsciiDigit(value[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a line carries a dateline date: such a line is metadata, not a headline.</summary>
    public static bool IsDateLine(ReadOnlySpan<char> line) => HasYear(line) && FirstDateline(line) is not null;

    /// <summary>
    /// Where an opening dateline ("LYON, France, 12 March 2024 —") ends, or 0 when there is none:
    /// the places it names are where the news was filed, not actors.
    /// </summary>
    public static int DatelineEnd(string text) => DatelineEnd(text, FirstLine.Of(text));

    /// <summary>As <see cref="DatelineEnd(string)"/>, with the first line's dateline already looked for.</summary>
    public static int DatelineEnd(string text, FirstLine firstLine)
    {
        if (firstLine.Dateline is not { } match)
        {
            return 0;
        }

        var value = text.AsSpan(match.Index, match.Length).TrimEnd();
        return match.Index < 120 && value.Length > 0 && !char.IsLetterOrDigit(value[^1]) ? match.Index + match.Length : 0;
    }

    /// <summary>
    /// The dateline of a report's first line (its first <see cref="HeaderLength"/> characters at most), looked for
    /// once: both <see cref="DatelineEnd(string, FirstLine)"/> and <see cref="Read(string, FirstLine)"/> read it, and
    /// the regular expression ran twice on every first line that holds a year.
    /// </summary>
    /// <param name="Dateline">The match's place in the line, which starts the text; null when the line has none.</param>
    public readonly record struct FirstLine((int Index, int Length)? Dateline)
    {
        public static FirstLine Of(string text)
        {
            var end = text.AsSpan(0, Math.Min(text.Length, HeaderLength)).IndexOf('\n');
            var line = text.AsSpan(0, end < 0 ? Math.Min(text.Length, HeaderLength) : end);
            return new(HasYear(line) ? FirstDateline(line) : null);
        }
    }

    private static (int Index, int Length)? FirstDateline(ReadOnlySpan<char> line)
    {
        if (!MayHoldDateline(line))
        {
            return null;
        }

        foreach (var match in Dateline().EnumerateMatches(line))
        {
            return (match.Index, match.Length);
        }

        return null;
    }

    /// <summary>
    /// False when <see cref="Dateline"/> cannot match in the line: each of its dates holds either a month's
    /// capitalised name of three to nine ASCII letters, a full stop maybe, white space and a digit ("March 2024",
    /// "Oct. 4"), or a digit, a dash, slash or full stop and a digit ("2023-11", "14/03", "14.03"). One pass over the line finds neither in most lines that
    /// hold a year without such a date (the datelines of Spanish, Portuguese and French reports, "3 de março de
    /// 2022", which the expression read to the end of the line: 2.5 % of a CPU sample of the Portuguese dev reports).
    /// </summary>
    internal static bool MayHoldDateline(ReadOnlySpan<char> line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (MonthBeforeDigitAt(line, i, out var end))
                {
                    return true;
                }

                i = end - 1;
            }
            else if (c is '-' or '/' or '.' && i > 0 && i + 1 < line.Length && char.IsDigit(line[i - 1]) && char.IsDigit(line[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the capital at <paramref name="at"/> starts two to eight ASCII lower-case letters, a full stop maybe, white
    /// space and a digit ("March 2024", "Oct. 4"); <paramref name="end"/> is where its lower-case letters end.
    /// </summary>
    private static bool MonthBeforeDigitAt(ReadOnlySpan<char> line, int at, out int end)
    {
        var j = at + 1;
        while (j < line.Length && char.IsAsciiLetterLower(line[j]))
        {
            j++;
        }

        end = j;
        if (j - at - 1 is < 2 or > 8)
        {
            return false;
        }

        var k = j < line.Length && line[j] == '.' ? j + 1 : j;
        var spaces = k;
        while (k < line.Length && char.IsWhiteSpace(line[k]))
        {
            k++;
        }

        return k > spaces && k < line.Length && char.IsDigit(line[k]);
    }

    /// <summary>
    /// Whether four ASCII digits stand together somewhere: every date form, in this reader and in
    /// <see cref="NativeDateReader"/>, holds its year so, and most lines do not, so the readers' regular
    /// expressions run only where a date can be.
    /// </summary>
    internal static bool HasYear(ReadOnlySpan<char> line)
    {
        var run = 0;
        foreach (var c in line)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A dateline match without what follows its date (spaces, a dash, a closing bracket, a time after a comma): every
    /// form ends in the year.
    /// </summary>
    private static ReadOnlySpan<char> DateOf(ReadOnlySpan<char> match)
    {
        var date = match[..(match.LastIndexOfAnyInRange('0', '9') + 1)];
        if (date.LastIndexOf(' ') is > 0 and var space && IsTime(date[(space + 1)..]))
        {
            date = date[..space].TrimEnd().TrimEnd(','); // "05/11/2024 14:20", "04/03/2025 10h32", "26.11.2026 10.15", "22nd July 2024, 09:15"
        }

        var colon = date.LastIndexOf(':');
        var comma = colon > 0 ? date[..colon].LastIndexOf(',') : -1;
        var hour = comma > 0 ? date[(comma + 1)..colon].Trim() : [];
        return hour.Length is 1 or 2 && !hour.ContainsAnyExceptInRange('0', '9') ? date[..comma] : date;
    }

    /// <summary>A time of day as "14:20", "10h32" or "10.15".</summary>
    private static bool IsTime(ReadOnlySpan<char> value) =>
        value.Length is 4 or 5 && value[^3] is ':' or 'h' or '.' && !value[..^3].ContainsAnyExceptInRange('0', '9') && !value[^2..].ContainsAnyExceptInRange('0', '9');

    private static DateOnly? ParseIso(ReadOnlySpan<char> value) =>
        IsoDate.TryParse(value, out var d) ? d : null;

    private static DateOnly? Parse(ReadOnlySpan<char> value, Func<bool?>? dayFirst = null)
    {
        if (IsNumericDate(value, dayFirst, out var numeric))
        {
            return numeric;
        }

        Span<char> cleaned = stackalloc char[value.Length];
        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '.')
            {
                continue;
            }

            // "14th March": the ordinal's letters go; "Sept 27": the four-letter September becomes "Sep".
            if (i > 0 && char.IsAsciiDigit(value[i - 1]) && i + 2 <= value.Length && IsOrdinalEnding(value.Slice(i, 2))
                && (i + 2 == value.Length || !char.IsLetter(value[i + 2])))
            {
                i++;
                continue;
            }

            if (c == 't' && i >= 3 && value.Slice(i - 3, 3).SequenceEqual("Sep") && (i + 1 == value.Length || !char.IsLetter(value[i + 1])))
            {
                continue;
            }

            cleaned[length++] = c;
        }

        var date = cleaned[..length].Trim();
        return WrittenDate(date) ?? (DateOnly.TryParseExact(date, Formats, MonthNames.Format, DateTimeStyles.AllowWhiteSpaces, out var d) ? d : null);
    }

    /// <summary>
    /// A real day in the two plainest shapes of <see cref="Formats"/>, "4 March 2025" or "Sep 27, 2024" (plain spaces, a
    /// month's full name or abbreviation), read without the format parser, which compares every format's month names through
    /// the culture's collation (5 % of a profile of the English dev reports). Null for anything else, which the parser reads;
    /// each date given here is the one the parser gives. A month first without a comma takes a full name only, as the formats do.
    /// </summary>
    internal static DateOnly? WrittenDate(ReadOnlySpan<char> value)
    {
        var dayFirst = value is [var first, ..] && char.IsAsciiDigit(first);
        int day;
        ReadOnlySpan<char> name;
        var comma = false;
        if (dayFirst)
        {
            value = Letters(Spaces(Digits(value, 2, out day)), out name);
        }
        else
        {
            value = Digits(Spaces(Letters(value, out name)), 2, out day);
            comma = value is [',', ..];
            value = comma ? value[1..] : value;
        }

        var full = MonthNames.Number(name);
        var month = full > 0 ? full : dayFirst || comma ? MonthNames.AbbreviationNumber(name) : 0;
        var yearDigits = Spaces(value);
        if (month == 0 || day == 0 || yearDigits.Length != 4 || !Digits(yearDigits, 4, out var year).IsEmpty
            || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>What follows up to <paramref name="most"/> leading ASCII digits, read into <paramref name="number"/> (0 for none).</summary>
    private static ReadOnlySpan<char> Digits(ReadOnlySpan<char> value, int most, out int number)
    {
        var (count, read) = (0, 0);
        while (count < most && count < value.Length && char.IsAsciiDigit(value[count]))
        {
            read = (read * 10) + (value[count++] - '0');
        }

        number = read;
        return value[count..];
    }

    /// <summary>What follows the leading ASCII letters, which are <paramref name="letters"/>; nothing at all when no plain space follows them.</summary>
    private static ReadOnlySpan<char> Letters(ReadOnlySpan<char> value, out ReadOnlySpan<char> letters)
    {
        var count = 0;
        while (count < value.Length && char.IsAsciiLetter(value[count]))
        {
            count++;
        }

        letters = count < value.Length && value[count] == ' ' ? value[..count] : [];
        return letters.IsEmpty ? [] : value[count..];
    }

    /// <summary>What follows the leading plain spaces; nothing at all when there are none.</summary>
    private static ReadOnlySpan<char> Spaces(ReadOnlySpan<char> value)
    {
        var rest = value.TrimStart(' ');
        return rest.Length == value.Length ? [] : rest;
    }

    private static bool IsOrdinalEnding(ReadOnlySpan<char> letters) =>
        letters.SequenceEqual("st") || letters.SequenceEqual("nd") || letters.SequenceEqual("rd") || letters.SequenceEqual("th");

    /// <summary>
    /// A date written in digits, "14/03/2025", "14.03.2025" or "14-03-2025": the day comes first unless the second number
    /// cannot be a month and the first can ("03/14/2025", as United States releases write). When both could be the month,
    /// a full stop or a dash is read day first (only day-first writing uses them) and a slash gives no date (both do).
    /// False for text that is not such a date; true with a null date for one that names no day.
    /// </summary>
    private static bool IsNumericDate(ReadOnlySpan<char> value, Func<bool?>? dayFirst, out DateOnly? date)
    {
        date = null;
        var first = value.IndexOfAny('/', '.', '-');
        if (first is < 1 or > 2 || value[..first].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var separator = value[first];
        var rest = value[(first + 1)..];
        var second = rest.IndexOf(separator);
        if (second is < 1 or > 2 || rest[..second].ContainsAnyExceptInRange('0', '9') || rest.Length - second - 1 != 4
            || rest[(second + 1)..].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var (a, b) = (int.Parse(value[..first], CultureInfo.InvariantCulture), int.Parse(rest[..second], CultureInfo.InvariantCulture));
        var year = int.Parse(rest[(second + 1)..], CultureInfo.InvariantCulture);
        // A slash with both readings possible: the order the report writes its dates in words decides, if it writes any.
        var order = b > 12 || a > 12 || separator != '/' ? null : dayFirst?.Invoke();
        var (day, month) = b > 12 && a <= 12 ? (b, a) : separator == '/' && a <= 12 ? order switch { true => (a, b), false => (b, a), null => (0, 0) } : (a, b);
        if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
        }

        return true;
    }

    // NonBacktracking: linear in the input whatever it holds, so no wall-clock timeout is needed
    // (a timeout fires spuriously on a busy machine).
    // A date that ends a dateline ("…, 12 March 2024 —", "… 28 November 2023:", "… 3 June 2025 (Wire) —", "Oct. 4, 2023 /PRNewswire/",
    // "2023-11-08 | Europol", "Friday, August 14th, 2026", "THE HAGUE, 14/03/2025 –", "Updated 14th March 2025, 10:32", "JAKARTA (Sept 27, 2024):") or stands alone on its line,
    // maybe with a time written with a full stop ("Published 26.11.2026 10.15", as Nordic pages write it) and nothing after.
    [GeneratedRegex(
        @"(?<date>\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\b\d{4}-\d{2}-\d{2}|\b\d{1,2}(?:/\d{1,2}/|\.\d{1,2}\.|-\d{1,2}-)\d{4})\)?\s*(?:\([^()\r\n]{1,40}\)\s*)?(?:[\u2014\u2013\-:|/]|,?\s*\d{1,2}[:h]\d{2}|\s+\d{1,2}\.\d{2}\s*(?:$|\r)|$|\r)",
        RegexOptions.NonBacktracking)]
    internal static partial Regex Dateline();

    // A date written with its month's name, day first ("4 September 2025") or month first ("September 4, 2025").
    [GeneratedRegex(@"\b\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|\b[A-Z][a-z]{2,8}\s+\d{1,2},\s+\d{4}", RegexOptions.NonBacktracking)]
    internal static partial Regex WrittenDate();
}
