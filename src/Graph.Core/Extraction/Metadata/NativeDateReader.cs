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
        for (var n = 0; n < HeaderLines && !lines.IsEmpty; n++)
        {
            var end = lines.IndexOf('\n');
            var lineText = end < 0 ? lines : lines[..end];
            lines = end < 0 ? [] : lines[(end + 1)..];
            if (!ReportDateReader.HasYear(lineText))
            {
                continue;
            }

            var line = lineText.ToString();
            if (WrittenDate().Match(line) is { Success: true } written
                && Months.Value.TryGetValue(written.Groups["month"].Value.TrimEnd('.'), out var month)
                && Date(written.Groups["year"].Value, month, written.Groups["day"].Value) is { } date)
            {
                return date;
            }

            if (numeric && NumericDate().Match(line) is { Success: true } digits
                && Date(digits.Groups["year"].Value, int.Parse(digits.Groups["month"].Value), digits.Groups["day"].Value) is { } day)
            {
                return day;
            }
        }

        return null;
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
