using System.Globalization;
using Graph.Core.Extraction.Knowledge;

namespace Graph.Core.Extraction.Metadata;

/// <summary>
/// The month names datelines are read with, from <c>data/knowledge/months.txt</c>: the invariant
/// calendar's date patterns with the file's names, so the parsing rules hold no language.
/// </summary>
internal static class MonthNames
{
    private const int Months = 12;

    // The names are kept beside the format: its MonthNames property hands out a new copy of its array at every call.
    private static readonly Lazy<(DateTimeFormatInfo Format, string[] Names, string[] Abbreviations)> Loaded = new(Load);

    /// <summary>The format provider to parse dateline dates with.</summary>
    public static DateTimeFormatInfo Format => Loaded.Value.Format;

    /// <summary>The number (1 to 12) of a month's full English name, any case; 0 for any other word.</summary>
    public static int Number(ReadOnlySpan<char> word)
    {
        var names = Loaded.Value.Names;
        for (var m = 0; m < Months; m++)
        {
            if (word.Equals(names[m], StringComparison.OrdinalIgnoreCase))
            {
                return m + 1;
            }
        }

        return 0;
    }

    /// <summary>The number (1 to 12) of a month's abbreviation ("Sep"), any case; 0 for any other word.</summary>
    public static int AbbreviationNumber(ReadOnlySpan<char> word)
    {
        var abbreviations = Loaded.Value.Abbreviations;
        for (var m = 0; m < Months; m++)
        {
            if (word.Equals(abbreviations[m], StringComparison.OrdinalIgnoreCase))
            {
                return m + 1;
            }
        }

        return 0;
    }

    private static (DateTimeFormatInfo Format, string[] Names, string[] Abbreviations) Load()
    {
        const string File = "months.txt";
        var rows = KnowledgeLists.Columns(File, 1).ToList();
        if (rows.Count != Months)
        {
            throw new InvalidDataException($"data/knowledge/{File}: {rows.Count} months, expected {Months}.");
        }

        var names = new string[Months + 1];
        var abbreviations = new string[Months + 1];
        (names[Months], abbreviations[Months]) = ("", ""); // the thirteenth month of lunar calendars
        for (var m = 0; m < Months; m++)
        {
            var (line, cells) = rows[m];
            if (KnowledgeFile.List(cells[0]).ToArray() is not [var name, var abbreviation])
            {
                throw KnowledgeFile.Error(File, line, "expected a month's full name and its abbreviation, ';'-separated.");
            }

            (names[m], abbreviations[m]) = (name, abbreviation);
        }

        var format = (DateTimeFormatInfo)CultureInfo.InvariantCulture.DateTimeFormat.Clone();
        format.MonthNames = names;
        format.MonthGenitiveNames = names;
        format.AbbreviatedMonthNames = abbreviations;
        format.AbbreviatedMonthGenitiveNames = abbreviations;
        return (DateTimeFormatInfo.ReadOnly(format), names, abbreviations);
    }
}
