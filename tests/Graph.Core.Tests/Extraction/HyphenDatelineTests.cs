using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 27: some wires type the dash after a dateline as a plain hyphen ("LIMA, 3 May 2026 - The …"). The
/// bodies that open the sentence after it are read as its subject just as after an em dash, so two bodies acting "in a
/// joint operation" lead together either way. A hyphen between two numbers later in a sentence changes nothing. The
/// sentences are written for these tests.
/// </summary>
public sealed class HyphenDatelineTests
{
    [Theory]
    [InlineData("LIMA, 3 May 2026 - The National Police of Peru and the Bolivian Police seized two tonnes of cocaine in a joint operation near Puno.")]
    [InlineData("LIMA, 3 May 2026 — The National Police of Peru and the Bolivian Police seized two tonnes of cocaine in a joint operation near Puno.")]
    public void TwoBodiesOpeningAfterTheDatelineLeadTheirJointOperation(string text) =>
        Assert.Equal(new[] { "agency:bolivia-police", "agency:peru-pnp" }, SingleEvent(text).LeadIds.Order());

    [Fact]
    public void AHyphenBetweenNumbersInsideTheSentenceIsNoDateline()
    {
        var operation = SingleEvent("Between 20 - 30 officers of the National Police of Peru searched the port of Callao with the Bolivian Police, the ministry said.");

        Assert.DoesNotContain("agency:bolivia-police", operation.LeadIds);
    }
}
