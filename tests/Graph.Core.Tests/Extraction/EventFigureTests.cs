using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Category 7 of issue 13: whose figures a sentence states, and which numbers count people.</summary>
public sealed class EventFigureTests
{
    [Fact]
    public void AnAdjectiveBetweenTheNumberAndThePeopleKeepsTheArrestCount() =>
        Assert.Equal(11, SingleEvent("Eleven alleged couriers were arrested by the Guardia Civil in Algeciras.").Figures[FigureKeys.Arrests]);

    [Fact]
    public void ANumberOfMonthsIsADurationNotACount() =>
        Assert.Equal(4, SingleEvent("The arrests followed nine months of surveillance by the Hellenic Police, which arrested four smugglers in Patras.").Figures[FigureKeys.Arrests]);

    [Fact]
    public void ATallySinceAMonthIsNotTheEventsFigure()
    {
        var cooperation = SingleEvent("The Hellenic Police arrested five men in Piraeus. Greek Customs said 230 people had been arrested for smuggling since March.");

        Assert.Equal(5, cooperation.Figures[FigureKeys.Arrests]);
    }

    [Fact]
    public void EachOperationOfAReportKeepsTheFiguresOfItsOwnSentences()
    {
        var events = Extract("Operation Alder, run by the Guardia Civil with Europol, ended with 31 arrests in Spain. "
            + "Operation Birch, run by the Hellenic Police with Europol, led to the arrest of 6 suspects in Greece.").Events;

        Assert.Equal(31, Assert.Single(events, e => e.Name == "Operation Alder").Figures[FigureKeys.Arrests]);
        Assert.Equal(6, Assert.Single(events, e => e.Name == "Operation Birch").Figures[FigureKeys.Arrests]);
    }
}
