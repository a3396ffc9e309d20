using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 27: a body whose part English denies in so many words, past a relative clause between the body and the
/// negation, takes none; a body hosting, funding or training under a country's possessive ("hosted by Botswana's
/// Ministry …") is context, as it is without the possessive. Every sentence is written for the test.
/// </summary>
public sealed class EnglishAsideTests
{
    private const string Opening = "Lusaka, 4 March 2026 - The Zambia Police Service seized 40 rifles in Operation Copper Gate with the Malawi Police Service. ";

    [Theory]
    [InlineData("The Botswana Police Service, which chairs SARPCCO, was not part of the field work but has received the results.")]
    [InlineData("The Botswana Police Service was not involved in the searches.")]
    [InlineData("The Botswana Police Service, which trained the dog handlers last year, did not participate in the raids.")]
    public void ABodyDeniedAPartTakesNone(string sentence)
    {
        var ids = SingleEvent(Opening + sentence).ParticipantIds;
        Assert.DoesNotContain("agency:botswana-police", ids);
        Assert.DoesNotContain("country:BW", ids);
    }

    [Theory]
    [InlineData("The Botswana Police Service not only took part in the searches but also ran the roadblocks.")]
    [InlineData("The Botswana Police Service, which searched trucks at the border, said the Namibian Police Force was not involved.")]
    public void ABodyWhosePartIsNotDeniedKeepsIt(string sentence) =>
        Assert.Contains("agency:botswana-police", SingleEvent(Opening + sentence).ParticipantIds);

    [Fact]
    public void ABodyHostingUnderItsCountrysPossessiveTakesNoPart()
    {
        var ids = SingleEvent(Opening + "The operation follows a workshop held in May, hosted by Botswana's Ministry of Defence and Security.").ParticipantIds;
        Assert.DoesNotContain("country:BW", ids);
        Assert.Equal(["agency:malawi-police", "agency:zambia-police", "country:MW", "country:ZM"], ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ABodyActingUnderItsCountrysPossessiveStillTakesPart() =>
        Assert.Contains("country:BW", SingleEvent(Opening + "Trucks were searched by Botswana's police service at the border.").ParticipantIds);
}
