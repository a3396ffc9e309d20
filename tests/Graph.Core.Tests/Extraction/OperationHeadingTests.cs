using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Category 6 of issue 13: a second operation introduced by a heading in capitals, and the section it opens.</summary>
public sealed class OperationHeadingTests
{
    private const string TwoSections = """
        Operation Silver Reed was led by the Guardia Civil, which arrested twelve people in Cadiz.

        OPERATION GREY HARBOUR

        In a separate investigation, carried out jointly by the Guardia Civil and the Italian Coast Guard, three people were arrested.
        """;

    [Fact]
    public void AHeadingInCapitalsNamesTheSecondOperation() =>
        Assert.Contains(Extract(TwoSections).Events, e => e.Name == "Operation GREY HARBOUR");

    [Fact]
    public void TheSectionUnderTheHeadingGivesThatOperationItsLeadsAndArrests()
    {
        var section = Assert.Single(Extract(TwoSections).Events, e => e.Name == "Operation GREY HARBOUR");

        Assert.Equal(["agency:guardia-civil", "agency:italian-coast-guard"], section.LeadIds.Order());
        Assert.Equal(3, section.Figures["arrests"]);
    }

    [Fact]
    public void ALongHeadlineInCapitalsNamesNoOperation() =>
        Assert.DoesNotContain(Extract("""
            OPERATION AGAINST ARMS SMUGGLING ENDS WITH FORTY ARRESTS

            Police in Ghana and Togo arrested forty people.
            """).Events, e => e.Name is not null);

    [Fact]
    public void ASeparateCaseWithoutAHeadingStaysBackground()
    {
        var cooperation = SingleEvent("""
            Operation Silver Reed was led by the Guardia Civil, which arrested twelve people in Cadiz.

            In a separate investigation last spring, the Italian Coast Guard seized a trawler.
            """);

        Assert.DoesNotContain("agency:italian-coast-guard", cooperation.ParticipantIds);
    }
}
