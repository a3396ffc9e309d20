using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Category 1 of issue 13: courts named with a number ("Central Court of Instruction No. 5"), and an examining court that
/// directs the investigation, which leads it rather than hearing it afterwards.
/// </summary>
public sealed class NumberedCourtTests
{
    [Theory]
    [InlineData("The investigation has been directed by the Investigating Court No. 4 of Huelva, with support from Europol.", "agency:investigating-court-no-4-of-huelva")]
    [InlineData("The investigation has been directed by the Investigating Court Nr 4 of Huelva, with support from Europol.", "agency:investigating-court-nr-4-of-huelva")]
    public void ACourtsNumberIsPartOfItsName(string text, string court) =>
        Assert.Contains(court, ActorIds(text));

    [Fact]
    public void ACourtDirectingTheInvestigationLeadsIt() =>
        Assert.Contains("agency:investigating-court-no-4-of-huelva",
            SingleEvent("Operation Marea was coordinated by Europol. The investigation has been directed by the Investigating Court No. 4 of Huelva.").LeadIds);

    [Fact]
    public void ACourtThatHearsTheCaseLaterTakesNoPart()
    {
        var cooperation = SingleEvent("Operation Marea was coordinated by Europol. The suspects will appear before the Investigating Court No. 4 of Huelva next week.");

        Assert.DoesNotContain("agency:investigating-court-no-4-of-huelva", cooperation.ParticipantIds);
    }

    [Fact]
    public void ANumberSignOutsideANameAddsNoBody() =>
        Assert.DoesNotContain(ActorIds("Operation Marea was coordinated by Europol, and suspect No. 2 was arrested in Huelva."), id => id.Contains("no-2", StringComparison.Ordinal));
}
