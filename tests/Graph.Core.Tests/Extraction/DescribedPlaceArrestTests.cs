using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 22: arrests told per place across sentences add up when no total is stated, also when a lower-case
/// word describes a place ("in east London", "In neighbouring Benin,"). A place the first count already named opens a
/// breakdown of it, not an addition, and a sentence that opens with no place adds nothing.
/// </summary>
public sealed class DescribedPlaceArrestTests
{
    private const string Opening = "Interpol and the Kenya Police Service ran a joint operation on the coast. ";

    private static int Arrests(string text) => SingleEvent(Opening + text).Figures["arrests"];

    [Theory]
    [InlineData("Police arrested six people in coastal Mombasa. In neighbouring Tanzania, officers detained two couriers in Tanga.", 8)]
    [InlineData("The three were arrested in eastern Nairobi last month. In Uganda, police detained four men at a depot.", 7)]
    [InlineData("Seven suspects were arrested in Mombasa. In northern Tanzania, police arrested two drivers in Arusha.", 9)]
    public void ArrestsInADescribedPlaceAddToThoseOfAnotherPlace(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void APlaceTheFirstCountNamedOpensABreakdownOfIt() =>
        Assert.Equal(9, Arrests("Nine people were arrested in eastern Mombasa and Malindi. In Mombasa, officers detained five of them at the port."));

    [Fact]
    public void ASentenceThatOpensWithNoPlaceAddsNothing() =>
        Assert.Equal(6, Arrests("Police arrested six people in coastal Mombasa. Later, officers detained two of the suspects' relatives."));
}
