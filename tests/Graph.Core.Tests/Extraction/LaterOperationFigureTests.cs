using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Issue 13, session 23: the figures of a report's second operation told in a paragraph after the one naming it.</summary>
public sealed class LaterOperationFigureTests
{
    private const string TwoOperations = """
        The Kenya Police Service ran Operation Dry Acacia with INTERPOL at Nairobi airport. Ten couriers were arrested.

        Operation Red Baobab, which the Tanzania Police Force carried out with the Uganda Police Force, targeted timber smugglers.

        Four men were arrested in Arusha and Mbarara.
        """;

    private const string BackToTheMain = """
        The Kenya Police Service ran Operation Dry Acacia with INTERPOL at Nairobi airport.

        Operation Red Baobab, which the Tanzania Police Force carried out with the Uganda Police Force, targeted timber smugglers.

        Results at the airport

        Three couriers were arrested.
        """;

    [Fact]
    public void ArrestsInTheParagraphAfterASecondOperationAreItsOwn()
    {
        var events = Extract(TwoOperations).Events;

        Assert.Equal(4, Assert.Single(events, e => e.Name == "Operation Red Baobab").Figures[FigureKeys.Arrests]);
        Assert.Equal(10, Assert.Single(events, e => e.Name == "Operation Dry Acacia").Figures[FigureKeys.Arrests]);
    }

    [Fact]
    public void AHeadingEndsTheSecondOperationsAccount()
    {
        var events = Extract(BackToTheMain).Events;

        Assert.Equal(3, Assert.Single(events, e => e.Name == "Operation Dry Acacia").Figures[FigureKeys.Arrests]);
        Assert.False(Assert.Single(events, e => e.Name == "Operation Red Baobab").Figures.ContainsKey(FigureKeys.Arrests));
    }
}
