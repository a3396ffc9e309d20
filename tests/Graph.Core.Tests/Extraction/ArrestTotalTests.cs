using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Issue 13, session 5: arrests stated per country, then in total, and arrests of another case.</summary>
public sealed class ArrestTotalTests
{
    private const string Opening = "Europol and the Guardia Civil ran a joint operation. ";

    [Fact]
    public void CountsPerCountryInOneSentenceAddUpToTheEventsArrests() =>
        Assert.Equal(10, SingleEvent(Opening + "Thai officers arrested six recruiters and Malaysian officers arrested four supervisors.").Figures["arrests"]);

    [Fact]
    public void ATotalStatedAfterThePartsIsTheFigure() =>
        Assert.Equal(5, SingleEvent(Opening + "Police arrested three men, while investigators arrested two more the next day, bringing the total to five.").Figures["arrests"]);

    [Fact]
    public void ABreakdownAfterAColonIsNotAddedToItsTotal() =>
        Assert.Equal(14, SingleEvent(Opening + "A total of 14 people were arrested: 9 in Belgium and 5 in the Netherlands.").Figures["arrests"]);

    [Fact]
    public void APartOfACountIsNotAddedToIt() =>
        Assert.Equal(20, SingleEvent(Opening + "Police arrested 20 people, including 5 arrested in Madrid.").Figures["arrests"]);

    [Fact]
    public void ArrestsOfASeparateCaseAreNotThisEventsFigure() =>
        Assert.Equal(6, SingleEvent(Opening + "Officers arrested six people. In a separate operation last month, police arrested nine people in Valencia.").Figures["arrests"]);
}
