using Graph.Core.Extraction.Metadata;

namespace Graph.Core.Tests.Extraction;

/// <summary>The scan that spares the dateline expression never refuses a line the expression would match.</summary>
public sealed class DatelinePrefilterTests
{
    [Theory]
    [InlineData("LYON, France, 12 March 2024 —", true)]
    [InlineData("Oct. 4, 2023 /PRNewswire/", true)]
    [InlineData("2023-11-08 | Europol", true)]
    [InlineData("WASHINGTON, Sept.\u00A014, 2025:", true)]
    [InlineData("Praia, 3 de março de 2022 (Inforpress) – A Polícia Judiciária apreendeu 2,1 toneladas", false)]
    [InlineData("Madrid, 14 de noviembre de 2023.", false)]
    [InlineData("Paris, le 8 juin 2024 –", false)]
    public void ALineWithAMonthBeforeADigitOrADashBetweenDigitsMayHoldADateline(string line, bool may)
    {
        Assert.Equal(may, ReportDateReader.MayHoldDateline(line));
        Assert.True(may || !ReportDateReader.Dateline().IsMatch(line));
    }

    [Fact]
    public void NoLineTheExpressionMatchesIsRefused()
    {
        // Lines pieced together at random from dateline parts in a dateline's order, each part sometimes a wrong one
        // (a lower-case or too long month, no space, a letter for a digit): wherever the expression matches, the scan must say it may.
        string[] junk = ["", "LYON, ", "de ", "Ab ", "é", "12345 ", "x-1 "];
        string[] numbers = ["", "4", "12", "2024", "٣", "05", "1a"];
        string[] spaces = ["", " ", "  ", "\u00A0", "\t", "-"];
        string[] months = ["March", "Sept", "MAR", "Mx", "Novembers", "march", "Déc", "Oct."];
        string[] marks = ["", ".", ",", "-", "—", ":", "|", "/", "\r", " (AP) —", "(x", "a"];
        var random = new Random(16);
        string Any(string[] choices) => choices[random.Next(choices.Length)];
        var (matched, lines) = (0, 100000);
        for (var n = 0; n < lines; n++)
        {
            var line = Any(junk) + Any(numbers) + Any(spaces) + Any(months) + Any(marks) + Any(spaces) + Any(numbers)
                + Any(marks) + Any(spaces) + Any(numbers) + Any(marks) + Any(numbers) + Any(marks);
            if (ReportDateReader.Dateline().IsMatch(line))
            {
                matched++;
                Assert.True(ReportDateReader.MayHoldDateline(line), line);
            }
        }

        Assert.True(matched > 200, $"only {matched} of {lines} lines matched; the test asks too little");
    }

    [Theory]
    [InlineData("Reported on 4 September 2025 by the agency.", true)]
    [InlineData("September 4, 2025", true)]
    [InlineData("Manaus, 10/04/2024 – A Polícia Federal deflagrou em 3 de março de 2024 a Operação Arara-Azul\n\nCopy 5.", false)]
    [InlineData("SEPTEMBER 4, 2025 and Septembers 4, 2025 and Ops 12, 2025", false)]
    [InlineData("on 12\nMarch 2025", true)]
    [InlineData("Ops\u00A04, 2025", false)]
    public void ATextWithAMonthBeforeADigitMayTellItsDayOrder(string text, bool may)
    {
        Assert.Equal(may, ReportDateReader.MayTellDayOrder(text));
    }

    [Fact]
    public void NoTextWhoseDayOrderTheScanSkipsHasOne()
    {
        // Texts pieced together at random from written-date parts, some wrong (not a month, lower case, too long, other
        // digits, white space other than a space), several to a text: wherever the scan says no, the order read from the
        // expression's matches is none, and reading it throws nothing.
        string[] junk = ["", "the ", "Abc", "é", "X", "12", "Operação ", "Copy "];
        string[] numbers = ["", "4", "12", "2024", "٣", "05,", "4,", "1a"];
        string[] spaces = ["", " ", "  ", "\u00A0", "\t", "\n", " \n"];
        string[] words = ["March", "Sept", "MAR", "Mx", "Novembers", "march", "Déc", "Oct.", "Ab", "Copy", "June", "Junebug"];
        var random = new Random(19);
        string Any(string[] choices) => choices[random.Next(choices.Length)];
        var (told, skipped, texts) = (0, 0, 100000);
        for (var n = 0; n < texts; n++)
        {
            var text = string.Concat(Enumerable.Range(0, 1 + random.Next(3)).Select(_ =>
                Any(junk) + Any(numbers) + Any(spaces) + Any(words) + Any(spaces) + Any(numbers) + Any(spaces) + Any(numbers)));
            bool? order = null;
            var failure = Record.Exception(() => order = ReportDateReader.DayOrder(text.AsSpan()));
            Assert.True(failure is null, text);
            told += order is not null ? 1 : 0;
            if (!ReportDateReader.MayTellDayOrder(text))
            {
                skipped++;
                Assert.True(order is null && failure is null, text);
            }
        }

        Assert.True(told > 200 && skipped > 20000, $"{told} texts told an order, {skipped} were skipped; the test asks too little");
    }

    [Theory]
    [InlineData("arrested on 12\nMarch 2025 in Porto", true)]
    [InlineData("signed on 4\u00A0September 2025", true)]
    [InlineData("the raids of 9 \t June\n2024", true)]
    [InlineData("Published September\t4, 2025", false)]
    [InlineData("Published October\n 14,\u00A02025", false)]
    public void TheMonthIsReadAcrossAnyWhiteSpace(string text, bool dayFirst)
    {
        Assert.Equal(dayFirst, ReportDateReader.DayOrder(text.AsSpan()));
    }

    [Theory]
    [InlineData("4 March 2025", "2025-03-04")]
    [InlineData("04  sep 2025", "2025-09-04")]
    [InlineData("September 27, 2024", "2024-09-27")]
    [InlineData("Sep 27, 2024", "2024-09-27")]
    [InlineData("MAY 2 2024", "2024-05-02")]
    public void APlainWrittenDateIsReadWithoutTheFormatParser(string value, string date)
    {
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), ReportDateReader.WrittenDate(value));
    }

    [Theory]
    [InlineData("Sep 27 2024")] // an abbreviation before the day needs its comma
    [InlineData("31 April 2025")]
    [InlineData("4 Marc 2025")]
    [InlineData("4\u00A0March 2025")]
    [InlineData("2025-03-04")]
    [InlineData("4 March 20255")]
    public void AnythingElseIsLeftToTheFormatParser(string value)
    {
        Assert.Null(ReportDateReader.WrittenDate(System.Text.RegularExpressions.Regex.Unescape(value)));
    }

    [Fact]
    public void EveryDateReadWithoutTheFormatParserIsTheOneItGives()
    {
        // Dates pieced together at random from parts, some of them wrong (no day, a day past the month's end, a lower-case or
        // cut month, a no-break space, a year of five digits): wherever the quick reading gives a date, the parser gives it too.
        string[] days = ["", "0", "4", "04", "29", "31", "123"];
        string[] spaces = ["", " ", "  ", "\u00A0", "\t"];
        string[] months = ["March", "MARCH", "march", "Mar", "Sep", "Sept", "May", "June", "Jun", "Febr", "Ops"];
        string[] commas = ["", ",", " ,"];
        string[] years = ["2025", "2024", "0000", "0001", "20255", "202", "1900"];
        var random = new Random(22);
        string Any(string[] choices) => System.Text.RegularExpressions.Regex.Unescape(choices[random.Next(choices.Length)]);
        var (read, values) = (0, 100000);
        for (var n = 0; n < values; n++)
        {
            var value = random.Next(2) == 0
                ? Any(days) + Any(spaces) + Any(months) + Any(spaces) + Any(years)
                : Any(months) + Any(spaces) + Any(days) + Any(commas) + Any(spaces) + Any(years);
            if (ReportDateReader.WrittenDate(value) is { } quick)
            {
                read++;
                var parsed = DateOnly.TryParseExact(value, ReportDateReader.Formats, MonthNames.Format, System.Globalization.DateTimeStyles.AllowWhiteSpaces, out var d);
                Assert.True(parsed && d == quick, value);
            }
        }

        Assert.True(read > 2000, $"only {read} of {values} values were read; the test asks too little");
    }
}
