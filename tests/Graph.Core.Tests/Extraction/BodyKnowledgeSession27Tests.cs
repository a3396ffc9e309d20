using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 27 (issue 13): a body's listed name is found in the other English spelling of its words (a wire writes
/// "Center" where the body writes "Centre"), and what that must leave alone. The sentences are written for these tests.
/// </summary>
public sealed class BodyKnowledgeSession27Tests
{
    [Theory]
    [InlineData("Doha, 4 May 2026\n\nThe GCC Criminal Information Center to Combat Drugs shared the shipment's route with Qatar's customs before the seizure.", "agency:gcc-cicd")]
    [InlineData("Canberra, 4 May 2026\n\nThe Australian Transaction Reports and Analysis Center traced the payments to accounts in Fiji.", "agency:austrac")]
    [InlineData("Lisbon, 4 May 2026\n\nThe Maritime Analysis and Operations Center passed the yacht's position to the Portuguese Navy.", "agency:maoc-n")]
    public void AListedNameIsFoundInTheOtherSpelling(string text, string body) =>
        Assert.Contains(body, ActorIds(text));

    [Fact]
    public void AnUnlistedNameInEitherSpellingStaysUnlisted()
    {
        var ids = ActorIds("Doha, 4 May 2026\n\nThe Regional Defense Center of the Gulf hosted a workshop on port security for officers from Qatar.");
        Assert.DoesNotContain(ids, id => id.StartsWith("agency:gcc", StringComparison.Ordinal));
    }
}
