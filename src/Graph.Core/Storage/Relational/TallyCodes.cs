using System.Globalization;
using Graph.Core.Vocabulary;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// How tally rows store their periods and dates: as small whole numbers that sort as the text did.
/// A month is <c>year * 12 + month - 1</c> (2026-03 is 24,314: two bytes in SQLite's record, where
/// <c>202603</c> took three); the all-time period is -1 and the undated period 0, below every month.
/// A date is its day counted from 2000-01-01 (two bytes from 1910 to 2089; SQLite keeps
/// <c>20260317</c> in four). Names (views, crime areas, nodes) are kept once in <c>tally_names</c> and
/// referred to by id.
/// </summary>
internal static class TallyCodes
{
    public const int AllTime = -1;
    public const int Undated = 0;

    /// <summary>The day number (<see cref="DateOnly.DayNumber"/>) that is day 0 of a stored date.</summary>
    public static readonly int DateEpoch = new DateOnly(2000, 1, 1).DayNumber;

    public static int Period(string period) => period switch
    {
        TallyScope.All => AllTime,
        "" => Undated,
        _ => Month(period),
    };

    public static string PeriodText(int period) => period switch
    {
        AllTime => TallyScope.All,
        Undated => "",
        _ => string.Create(CultureInfo.InvariantCulture, $"{period / 12:D4}-{(period % 12) + 1:D2}"),
    };

    public static int Date(string date) =>
        date.Length == IsoDate.Pattern.Length && IsoDate.TryParse(date, out var day)
            ? day.DayNumber - DateEpoch
            : throw new ArgumentException($"'{date}' is not a date (yyyy-MM-dd).", nameof(date));

    public static string DateText(int date) => IsoDate.Format(DateOnly.FromDayNumber(date + DateEpoch));

    // "2024-03" becomes 2024 * 12 + 2, read by position without a copy: every tally row a batch writes
    // passes through here (and through Date, whose reading IsoDate does by hand for the same reason).
    private static int Month(string text)
    {
        var month = text.Length == 7 && text[4] == '-' ? Digits(text, 5, 2) : -1;
        var year = Digits(text, 0, 4);
        return month is >= 1 and <= 12 && year >= 0
            ? (year * 12) + month - 1
            : throw new ArgumentException($"'{text}' is not a month (yyyy-MM).", nameof(text));
    }

    // The number the `count` characters from `start` spell, or -1 when one of them is not a digit.
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count && i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return -1;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
