using Graph.Core.Extraction;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 14: code names in the shapes press releases and newspapers give them beyond "Operation X" — after
/// a naming cue that follows a noun other than "operation" ("the crackdown, codenamed …", "an interdiction dubbed …"),
/// quoted with the operation word inside the quotes, after a capitalised descriptor ("Joint Operation …"), after the
/// operation word in lower case, and with a hyphen or a possessive inside the name. The guards keep posts, units and
/// actors out of names.
/// </summary>
public sealed class OperationNameShapeTests
{
    private const string Opening = "MAPUTO, 12 June 2025 — ";

    private static List<string?> Names(string sentence) =>
        [.. ReportExtractor.Default.Extract(Opening + sentence, "en").Events.Select(e => e.Name)];

    [Theory]
    [InlineData("The blitz, codenamed Coral Gate, ended with 30 arrests by the Mozambique Republic Police Force.", "Operation Coral Gate")]
    [InlineData("The Mozambique Republic Police Force made 30 arrests in a campaign named 'Clear Roads' along the N1.", "Operation Clear Roads")]
    [InlineData("Thirty people were arrested in an interdiction code-named \"Low Tide\" by the Mozambique Republic Police Force.", "Operation Low Tide")]
    [InlineData("The Mozambique Republic Police Force arrested 30 people in a sweep dubbed Dry Season along the coast.", "Operation Dry Season")]
    [InlineData("The Mozambique Republic Police Force made 30 arrests in a probe known as \"Paper Trail\".", "Operation Paper Trail")]
    public void ANamingCueAfterAnotherNounForAnOperationNamesIt(string sentence, string name) =>
        Assert.Contains(name, Names(sentence));

    [Theory]
    [InlineData("The Mozambique Republic Police Force arrested 30 people in what it named \"Operation Cashew Road\".", "Operation Cashew Road")]
    [InlineData("The arrests came in an action called 'Operation Mangrove' by the Mozambique Republic Police Force.", "Operation Mangrove")]
    public void TheOperationWordInsideTheQuotesIsNotWrittenTwice(string sentence, string name)
    {
        var names = Names(sentence);

        Assert.Contains(name, names);
        Assert.DoesNotContain(names, n => n is not null && n.StartsWith("Operation Operation", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Mozambique Republic Police Force arrested 30 people during Joint Operation Limpopo.", "Operation Limpopo")]
    [InlineData("The Mozambique Republic Police Force arrested 30 people in Multinational Operation Ocean Gate IV.", "Operation Ocean Gate IV")]
    public void ACapitalisedDescriptorBeforeTheOperationWordDoesNotHideTheName(string sentence, string name) =>
        Assert.Contains(name, Names(sentence));

    [Fact]
    public void TheOperationWordInLowerCaseBeforeANameNamesIt() =>
        Assert.Contains("Operation Kasuarina", Names("The Mozambique Republic Police Force arrested 30 people during operation Kasuarina, officers said."));

    [Theory]
    [InlineData("The Mozambique Republic Police Force arrested 30 people in Operation Delta-4 last week.", "Operation Delta-4")]
    [InlineData("The Mozambique Republic Police Force arrested 30 people in Operation Fisher's Net last week.", "Operation Fisher's Net")]
    [InlineData("The Mozambique Republic Police Force arrested 30 people in the raid codenamed Kwacha-2025.", "Operation Kwacha-2025")]
    public void AHyphenOrAPossessiveInsideANameKeepsItWhole(string sentence, string name) =>
        Assert.Contains(name, Names(sentence));

    [Theory]
    [InlineData("The Mozambique Republic Police Force arrested 30 people after the operation Interpol had prepared.")]
    [InlineData("The Mozambique Republic Police Force arrested 30 people, the Joint Operation Centre said.")]
    [InlineData("The Mozambique Republic Police Force arrested 30 people in a gang dubbed Red Hand by residents.")]
    [InlineData("The Mozambique Republic Police Force arrested 30 people, its Operation Commander told reporters.")]
    [InlineData("The Mozambique Republic Police Force announced the operation Tuesday after 30 arrests.")]
    public void NoNameWhereNoneIsGiven(string sentence) =>
        Assert.All(Names(sentence), Assert.Null);
}
