using System.Globalization;
using Graph.Core.Vocabulary;

namespace Graph.Core.Tests.Vocabulary;

/// <summary>The hand-read ISO date accepts exactly what the framework's exact parse of the pattern accepts.</summary>
public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2024-03-12")]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-04-31")]
    [InlineData("2024-04-00")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2024-3-12")]
    [InlineData("2024/03/12")]
    [InlineData(" 2024-03-12")]
    [InlineData("2024-03-12 ")]
    [InlineData("2024-03-1x")]
    [InlineData("２０２４-03-12")]
    [InlineData("")]
    public void SpanParseAgreesWithTheFrameworkExactParse(string text)
    {
        var expected = DateOnly.TryParseExact(text, IsoDate.Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var framework);

        var parsed = IsoDate.TryParse(text.AsSpan(), out var date);

        Assert.Equal(expected, parsed);
        Assert.Equal(framework, date);
        Assert.Equal(expected, IsoDate.TryParse(text, out var fromString));
        Assert.Equal(framework, fromString);
    }

    [Fact]
    public void NoTextIsNoDate() => Assert.False(IsoDate.TryParse((string?)null, out _));
}
