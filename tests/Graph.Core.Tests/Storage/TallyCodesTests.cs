using Graph.Core.Storage;
using Graph.Core.Storage.Relational;

namespace Graph.Core.Tests.Storage;

/// <summary>Tally months and dates are stored as small whole numbers that read back as the same text and sort as it did.</summary>
public sealed class TallyCodesTests
{
    [Theory]
    [InlineData("2024-03", 24290)]
    [InlineData("1999-12", 23999)]
    [InlineData("0001-01", 12)]
    [InlineData("9999-12", 119999)]
    public void AMonthIsTwelveTimesItsYearPlusItsMonthAndReadsBack(string month, int code)
    {
        Assert.Equal(code, TallyCodes.Period(month));
        Assert.Equal(month, TallyCodes.PeriodText(code));
    }

    [Fact]
    public void AllTimeAndUndatedKeepTheirCodesBelowEveryMonth()
    {
        Assert.Equal((-1, 0), (TallyCodes.Period(TallyScope.All), TallyCodes.Period("")));
        Assert.Equal((TallyScope.All, ""), (TallyCodes.PeriodText(-1), TallyCodes.PeriodText(0)));
        Assert.True(TallyCodes.Period("0001-01") > 0);
    }

    [Theory]
    [InlineData("2000-01-01", 0)]
    [InlineData("1999-12-31", -1)]
    [InlineData("2024-03-17", 8842)]
    [InlineData("9999-12-31", 2921939)]
    public void ADateIsItsDayFromTheFirstOf2000AndReadsBack(string date, int code)
    {
        Assert.Equal(code, TallyCodes.Date(date));
        Assert.Equal(date, TallyCodes.DateText(code));
    }

    [Fact]
    public void CodesSortAsTheirTextDoes()
    {
        string[] dates = ["1910-04-12", "1999-12-31", "2000-01-01", "2020-02-29", "2020-03-01", "2089-06-01", "9999-12-31"];
        Assert.Equal(dates.Select(TallyCodes.Date).Order(), dates.Select(TallyCodes.Date));
        string[] months = ["", "1969-12", "2000-01", "2019-12", "2020-01", "2099-11"];
        Assert.Equal(months.Select(TallyCodes.Period).Order(), months.Select(TallyCodes.Period));
    }

    [Theory]
    [InlineData("2024-3")]
    [InlineData("2024-13")]
    [InlineData("2024-03-17")]
    [InlineData("24-03")]
    [InlineData("2024/03")]
    public void AnythingElseIsNotAMonth(string text) =>
        Assert.Contains("is not a month", Assert.Throws<ArgumentException>(() => TallyCodes.Period(text)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-03")]
    [InlineData("2024-03-1")]
    [InlineData("2024-03-17T00")]
    public void AnythingElseIsNotADate(string text) =>
        Assert.Contains("is not a date", Assert.Throws<ArgumentException>(() => TallyCodes.Date(text)).Message, StringComparison.Ordinal);
}
