using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Graph.Core.Vocabulary;

/// <summary>
/// The one date format of the project, <c>yyyy-MM-dd</c>: the store, the API, the CLI's contract,
/// the sample files' <c>date</c> header and the page all read and write dates this way.
/// </summary>
public static class IsoDate
{
    /// <summary>The format string, for the rare caller that must hand it to another API.</summary>
    public const string Pattern = "yyyy-MM-dd";

    /// <summary>The date as <c>yyyy-MM-dd</c>.</summary>
    /// <example><code>IsoDate.Format(new DateOnly(2024, 3, 1)) // "2024-03-01"</code></example>
    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>The date as <c>yyyy-MM-dd</c>, or null when there is none.</summary>
    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;

    /// <summary>Reads exactly <c>yyyy-MM-dd</c>; anything else is false.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DateOnly date)
    {
        date = default;
        return text is not null && TryParse(text.AsSpan(), out date);
    }

    /// <summary>Reads exactly <c>yyyy-MM-dd</c> from a span; anything else is false.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        // Every report's date marker is read here: the framework's format parser compared each literal
        // with the culture's compare info and cost a few per cent of extraction. Ten characters in the
        // format's shape are read by hand; anything else still goes to the framework, so what is
        // accepted does not change.
        if (text.Length != Pattern.Length || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..], out var day))
        {
            return DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        var valid = year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        date = valid ? new DateOnly(year, month, day) : default;
        return valid;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>Reads exactly <c>yyyy-MM-dd</c>.</summary>
    /// <exception cref="FormatException">The text is not such a date.</exception>
    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, Pattern, CultureInfo.InvariantCulture);
}
