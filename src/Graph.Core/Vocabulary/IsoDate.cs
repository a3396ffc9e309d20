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
    public static bool TryParse([NotNullWhen(true)] string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Reads exactly <c>yyyy-MM-dd</c> from a span; anything else is false.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Reads exactly <c>yyyy-MM-dd</c>.</summary>
    /// <exception cref="FormatException">The text is not such a date.</exception>
    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, Pattern, CultureInfo.InvariantCulture);
}
