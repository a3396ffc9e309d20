using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Category 7 of issue 13: totals, "more than" and tallies that are not the event's.</summary>
public sealed class FigureStatementTests
{
    [Fact]
    public void MoreThanFortyIsRecordedAsForty() =>
        Assert.Equal(40, SingleEvent("Spanish and Moroccan police dismantled the network, arresting more than 40 people, the Guardia Civil said.").Figures[FigureKeys.Arrests]);

    [Fact]
    public void ATotalAfterPerCountryCountsIsTheFigure() =>
        Assert.Equal(104, SingleEvent("Police said 104 suspects were arrested — 41 in Thailand and 63 in Cambodia — in the Royal Thai Police operation.").Figures[FigureKeys.Arrests]);

    [Fact]
    public void ATallySinceAYearIsNotTheEventsFigure()
    {
        var cooperation = SingleEvent("The Nigeria Customs Service arrested three men in Lagos. Since 2020 the Service has made 24 seizures, leading to 27 arrests.");

        Assert.Equal(3, cooperation.Figures[FigureKeys.Arrests]);
    }
}
