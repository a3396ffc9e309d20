using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Category 7 of issue 13: arrest counts whose people are described, and counts that add suspects rather than arrests.</summary>
public sealed class ArrestCountShapeTests
{
    [Theory]
    [InlineData("Customs officers in Ghana said that 23 cash couriers were detained at Kotoka airport.", 23)]
    [InlineData("Police in Kenya reported that nine Chinese nationals were arrested at a warehouse in Mombasa.", 9)]
    [InlineData("According to Tanzania Police, twelve trawler crew members had been arrested near Mafia Island.", 12)]
    public void ADescribedGroupOfPeopleBeforeThePassiveArrestIsCounted(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures["arrests"]);

    [Fact]
    public void ADescribedQuantityOfGoodsIsNoArrestCount() =>
        Assert.False(SingleEvent("Police in Kenya said 40 plastic bags were seized and the driver was detained.").Figures.ContainsKey("arrests"));

    [Fact]
    public void MorePeopleUnderInvestigationDoNotAddToTheArrests() =>
        Assert.Equal(4, SingleEvent("The Guardia Civil arrested four people and nine more are under investigation for fraud.").Figures["arrests"]);

    [Fact]
    public void MorePeopleDetainedLaterStillAddToTheArrests() =>
        Assert.Equal(6, SingleEvent("The Guardia Civil arrested four people in Vigo. Two more were later detained in Lugo.").Figures["arrests"]);
}
