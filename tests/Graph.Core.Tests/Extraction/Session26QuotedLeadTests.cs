using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 26 (issue 13), an agency's own lead told in first person inside a quote: "we" (or "our officers") with a verb of
/// leading whose object is the operation, or "this" or "it", makes the one agency named outside the quote beside a verb of
/// saying lead. Beside it, a capitalised word of leading in a unit's name after a body's possessive ("the Bavarian Police's
/// Organised Crime Unit") is no verb that makes the body lead.
/// </summary>
public sealed class Session26QuotedLeadTests
{
    [Theory]
    [InlineData("\"We led this from the first tip to the last search,\" a senior officer of the Guardia Civil told reporters in Madrid.")]
    [InlineData("\"We have jointly coordinated the whole operation with HMRC,\" said a spokesperson for the Guardia Civil, after 14 arrests.")]
    [InlineData("A commander of the Guardia Civil said: \"Our investigators ran it for eight months and seized 300 kilograms of hashish.\"")]
    public void TheSpeakersAgencyLeadsWhatItSaysItLed(string text) =>
        Assert.Contains("agency:guardia-civil", SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("\"We led the talks on the new treaty,\" a senior officer of the Guardia Civil told reporters after 14 arrests.")]
    [InlineData("\"Our partners led this, and we only searched two warehouses,\" a senior officer of the Guardia Civil said after 14 arrests.")]
    [InlineData("The Guardia Civil said 14 people were arrested; \"we are proud of the result\", a commander added.")]
    public void AQuoteThatDoesNotTellTheSpeakersOwnLeadLeadsNothing(string text) =>
        Assert.DoesNotContain("agency:guardia-civil", SingleEvent(text).LeadIds);

    [Fact]
    public void ASpeakerNamingTwoAgenciesGivesNoLead() =>
        Assert.Empty(SingleEvent(
            "\"We led this operation,\" said an officer seconded from the Guardia Civil to the Gendarmerie nationale after 14 arrests.").LeadIds);

    [Fact]
    public void AWeOutsideAnyQuoteIsNoSpeaker() =>
        Assert.DoesNotContain("agency:guardia-civil", SingleEvent(
            "As we reported, the Guardia Civil searched a warehouse and arrested 14 people, an editor said; we led this coverage.").LeadIds);

    [Theory]
    [InlineData("Eleven men were arrested in Munich with the help of the Bavarian Police's Organised Crime Unit.")]
    [InlineData("The Guardia Civil searched two warehouses, assisted by the Bavarian Police's State Organised Crime Group.")]
    public void AWordOfLeadingInAUnitsNameAfterAPossessiveIsNoVerb(string text) =>
        Assert.DoesNotContain("agency:bavarian-police", SingleEvent(text).LeadIds);

    [Fact]
    public void AnOwnerBeforeItsOperationStillLeads() =>
        Assert.Contains("agency:guardia-civil", SingleEvent("The Guardia Civil's Operation Tide Mark ended with 14 arrests in Cadiz.").LeadIds);
}
