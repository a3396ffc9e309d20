using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Core.Extraction.Metadata;

/// <summary>
/// Reads a report's own date from where reports put it, never from the story: a
/// <c>date YYYY-MM-DD</c> marker, a dateline ("LYON, France, 12 March 2024 —"), or a line that
/// holds only a date, all near the top. Anything else gives null rather than a guess.
/// </summary>
internal static partial class ReportDateReader
{
    private const int HeaderLength = 400;

    public static DateOnly? Read(string text)
    {
        var header = text.Length > HeaderLength ? text[..HeaderLength] : text;
        if (!header.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null; // every form of date has a year in digits
        }

        var marker = Marker().Match(header);
        if (marker.Success)
        {
            return ParseIso(marker.Groups["date"].Value);
        }

        foreach (var line in header.Split('\n').Take(4))
        {
            var match = Dateline().Match(line);
            if (match.Success && Parse(match.Groups["date"].Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// Where an opening dateline ("LYON, France, 12 March 2024 —") ends, or 0 when there is none:
    /// the places it names are where the news was filed, not actors.
    /// </summary>
    public static int DatelineEnd(string text)
    {
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = text[..(firstLineEnd < 0 ? Math.Min(text.Length, HeaderLength) : Math.Min(firstLineEnd, HeaderLength))];
        var match = Dateline().Match(firstLine);
        return match.Success && match.Index < 120 && match.Value.TrimEnd().Length > 0 && !char.IsLetterOrDigit(match.Value.TrimEnd()[^1])
            ? match.Index + match.Length
            : 0;
    }

    private static DateOnly? ParseIso(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static DateOnly? Parse(string value)
    {
        string[] formats = ["d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "d MMM yyyy", "MMM d, yyyy", "yyyy-MM-dd"];
        var cleaned = value.Replace(".", "", StringComparison.Ordinal).Trim();
        return DateOnly.TryParseExact(cleaned, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) ? d : null;
    }

    // NonBacktracking: linear in the input whatever it holds, so no wall-clock timeout is needed
    // (a timeout fires spuriously on a busy machine).
    [GeneratedRegex(@"(?:^|\n)\s*date\s+(?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Marker();

    // A date that ends a dateline ("…, 12 March 2024 —") or stands alone on its line.
    [GeneratedRegex(
        @"(?<date>\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\b\d{4}-\d{2}-\d{2})\s*(?:[\u2014\u2013-]|$|\r)",
        RegexOptions.NonBacktracking)]
    private static partial Regex Dateline();
}
