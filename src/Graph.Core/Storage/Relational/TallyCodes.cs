using System.Globalization;

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

    public static int Date(string date) => Day(date);

    public static string DateText(int date) =>
        DateOnly.FromDayNumber(date + DateEpoch).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // "2024-03" becomes 2024 * 12 + 2. Read digit by digit, without a copy: every tally row a batch
    // writes passes through here and through Day.
    private static int Month(string text)
    {
        var (year, month, day, digits) = Parts(text);
        return digits == 6 && day < 0 && month is >= 1 and <= 12
            ? (year * 12) + month - 1
            : throw new ArgumentException($"'{text}' is not a month (yyyy-MM).", nameof(text));
    }

    private static int Day(string text)
    {
        var (year, month, day, digits) = Parts(text);
        return digits == 8 && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day).DayNumber - DateEpoch
            : throw new ArgumentException($"'{text}' is not a date (yyyy-MM-dd).", nameof(text));
    }

    // The year, month and day of "yyyy-MM[-dd]" (day -1 when absent) and how many digits it held; -1 digits for anything else.
    private static (int Year, int Month, int Day, int Digits) Parts(string text)
    {
        var (year, month, day, digits) = (0, 0, -1, 0);
        foreach (var c in text)
        {
            if (c == '-' && (digits == 4 || (digits == 6 && day < 0)))
            {
                day = digits == 6 ? 0 : day;
            }
            else if (c is < '0' or > '9' || digits == 8)
            {
                return (0, 0, -1, -1);
            }
            else
            {
                var d = c - '0';
                (year, month, day) = digits < 4 ? ((year * 10) + d, month, day) : digits < 6 ? (year, (month * 10) + d, day) : (year, month, (Math.Max(day, 0) * 10) + d);
                digits++;
            }
        }

        return (year, month, day, digits);
    }
}
