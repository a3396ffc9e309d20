using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 26 (issue 13), English operation names written without the word "Operation": a quoted name in title case right
/// after a lower-case operation noun (a comma may stand between), "given the name", the Malaysian short form "Ops", and a
/// line ending in a colon that opens a list (which is no title-case headline).
/// </summary>
public sealed class Session26EnglishOperationNameTests
{
    [Theory]
    [InlineData("Customs officers closed a heroin route in the international operation \"Dry Steppe\", which CARICC coordinated.", "Operation Dry Steppe")]
    [InlineData("The second operation, \"Harbour Gate\", was led by the Albanian State Police.", "Operation Harbour Gate")]
    [InlineData("The smuggling was stopped during the joint raid \"Falcon-2026\", organised by the Kosovo Police.", "Operation Falcon-2026")]
    [InlineData("The operation, given the name Stone Bridge, was conducted by the Kosovo Police.", "Operation Stone Bridge")]
    [InlineData("The operation, Ops Kabus Laut, was run by the Royal Malaysian Customs Department.", "Ops Kabus Laut")]
    public void AQuotedOrGivenNameAfterAnOperationNounIsItsName(string text, string name) =>
        Assert.Equal(name, SingleEvent(text).Name);

    [Theory]
    [InlineData("A spokesman for the Kosovo Police called the operation \"a great success for the region\".")]
    [InlineData("The investigation \"went far better than we hoped\", the Albanian State Police said.")]
    public void QuotedSpeechAfterAnOperationNounIsNoName(string text) =>
        Assert.Null(SingleEvent(text).Name);

    [Fact]
    public void AQuotedOperationWordIsReadOnceFromItself() =>
        Assert.Equal("Operation Green Valley", SingleEvent("In the operation \"Operation Green Valley\", the Kosovo Police arrested nine people.").Name);

    [Fact]
    public void ALineEndingInAColonBeforeAListIsNoHeadline()
    {
        var text = "PRISTINA, 3 June 2026\n\nThe investigation was led by the Kosovo Police.\n\nOperation Dry Creek has so far led to:\n\n- 37 arrests;\n- 71 searches.\n";

        Assert.Equal("Operation Dry Creek", SingleEvent(text).Name);
    }

    [Fact]
    public void ATitleCaseHeadlineStillNeedsItsNameRepeated() =>
        Assert.Null(SingleEvent("Joint Operation Leads To Nine Arrests\n\nThe Kosovo Police arrested nine people on Tuesday.").Name);
}
