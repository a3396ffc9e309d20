using System.Globalization;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// How tally rows store their periods and dates: as whole numbers that sort as the text did
/// (<c>yyyyMM</c>, <c>yyyyMMdd</c>), with the all-time period -1 and the undated period 0. Names
/// (views, crime areas, nodes) are kept once in <c>tally_names</c> and referred to by id.
/// </summary>
internal static class TallyCodes
{
    public const int AllTime = -1;
    public const int Undated = 0;

    public static int Period(string period) => period switch
    {
        TallyScope.All => AllTime,
        "" => Undated,
        _ => Whole(period),
    };

    public static string PeriodText(int period) => period switch
    {
        AllTime => TallyScope.All,
        Undated => "",
        _ => string.Create(CultureInfo.InvariantCulture, $"{period / 100:D4}-{period % 100:D2}"),
    };

    public static int Date(string date) => Whole(date);

    public static string DateText(int date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date / 10000:D4}-{date / 100 % 100:D2}-{date % 100:D2}");

    // "2024-03" and "2024-03-17" become 202403 and 20240317; any other text is a caller's error. Read
    // digit by digit, without a copy: every tally row a batch writes passes through here twice.
    private static int Whole(string text)
    {
        var value = 0;
        var digits = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                value = (value * 10) + (c - '0');
                digits++;
            }
            else if (c != '-')
            {
                digits = -1;
                break;
            }
        }

        return digits is 6 or 8
            ? value
            : throw new ArgumentException($"'{text}' is not a month (yyyy-MM) or a date (yyyy-MM-dd).", nameof(text));
    }
}
