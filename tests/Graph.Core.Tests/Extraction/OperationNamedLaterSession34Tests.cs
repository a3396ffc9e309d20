using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 34: a paragraph that opens on an operation by its noun and names it only at its end tells that operation from its
/// first sentence, once an earlier paragraph has told another. Every sentence is written for the test.
/// </summary>
public sealed class OperationNamedLaterSession34Tests
{
    private const string Opening = "Lisbon, 9 May 2026 — Police in Portugal and Spain announced two separate operations this week.\n\n"
        + "In the first, Operation Quiet Harbour, the Judiciary Police and the Spanish National Police arrested nine people at the port of Setúbal.\n\n";

    [Fact]
    public void TheSentencesBeforeANameGivenLaterInItsParagraphBelongToThatOperation()
    {
        var events = Extract(Opening
            + "The second action took place in Algarve, where the Guardia Civil and the Portuguese Navy stopped a speedboat with two tonnes of hashish. "
            + "The operation was called Operation Low Tide.").Events;
        var lowTide = Assert.Single(events, e => e.Name == "Operation Low Tide");
        var quietHarbour = Assert.Single(events, e => e.Name == "Operation Quiet Harbour");
        Assert.Contains("agency:guardia-civil", lowTide.ParticipantIds);
        Assert.DoesNotContain("agency:guardia-civil", quietHarbour.ParticipantIds);
    }

    [Fact]
    public void AParagraphThatDoesNotOpenOnAnOperationKeepsItsPlace()
    {
        var events = Extract(Opening
            + "The Guardia Civil stopped two couriers in Vigo on the same day. "
            + "Investigators said the couriers had earlier worked for a ring broken up in Operation Low Tide.").Events;
        Assert.Contains("agency:guardia-civil", Assert.Single(events, e => e.Name == "Operation Quiet Harbour").ParticipantIds);
    }

    private const string TwoOperations = "Bogotá, 9 May 2026 — AMERIPOL presented the results of two operations.\n\n"
        + "The first, Operation Quiet Harbour, was led by the National Police of Colombia with the Ecuadorian National Police.\n\n"
        + "The second, Operation Low Tide, was conducted by the Argentine Federal Police with the Federal Police of Brazil.\n\n";

    [Theory]
    [InlineData("Europol sent two analysts for the first operation's planning.")]
    [InlineData("In the first operation, Europol sent two analysts.")]
    public void ASentencePointingAtAnOperationByItsPlaceIsAboutIt(string sentence)
    {
        var events = Extract(TwoOperations + sentence).Events;
        Assert.Contains("agency:europol", Assert.Single(events, e => e.Name == "Operation Quiet Harbour").ParticipantIds);
        Assert.DoesNotContain("agency:europol", Assert.Single(events, e => e.Name == "Operation Low Tide").ParticipantIds);
    }

    [Fact]
    public void AnOrdinalInAComparisonPointsAtNoOperation()
    {
        var events = Extract(TwoOperations + "It was the first operation of its kind in the region, and Europol sent two analysts.").Events;
        Assert.DoesNotContain("agency:europol", Assert.Single(events, e => e.Name == "Operation Quiet Harbour").ParticipantIds);
    }
}
