using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 35: a court that issues orders in a clause the writer dates inside the operation ("During the operation the court
/// issued …", "issued during the operation by the court") takes part; the same court issuing orders undated, or hearing the
/// suspects afterwards, still does not. Every sentence is written for the test.
/// </summary>
public sealed class DuringTheOperationSession35Tests
{
    private const string Opening = "SARAJEVO, 5 May 2026 — The State Investigation and Protection Agency (SIPA) broke up a ring that forged vehicle papers, in an operation code-named \"Paper Road\". ";
    private const string Court = "agency:court-of-bosnia-and-herzegovina";

    [Theory]
    [InlineData(Opening + "During the operation the Court of Bosnia and Herzegovina issued six search warrants. Six suspects were arrested.")]
    [InlineData(Opening + "Six suspects were arrested. Search warrants had been issued during the operation by the Court of Bosnia and Herzegovina.")]
    public void ACourtActingDuringTheOperationTakesPart(string text) =>
        Assert.Contains(Court, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData(Opening + "Six suspects were arrested. The suspects will appear before the Court of Bosnia and Herzegovina next week.")]
    [InlineData(Opening + "Six suspects were arrested. Search warrants had been issued by the Court of Bosnia and Herzegovina.")]
    public void ACourtOtherwiseStillTakesNoPart(string text) =>
        Assert.DoesNotContain(Court, SingleEvent(text).ParticipantIds);
}
