using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 30: bodies named but not taking part in English reports: a ministry that only tells the news after a comma at the
/// end of a clause, a body (or its unit) told of the case in the passive, a body that "had no role" in the operation, and a
/// body or country denied a part in the whole operation, whatever another sentence has it do; and one that does take part:
/// the host of the post the operation is run from. The bodies that acted keep their part. Every sentence is written for the test.
/// </summary>
public sealed class MentionedOnlySession30Tests
{
    [Theory]
    [InlineData("The Kuwait Coast Guard and Kuwaiti Customs seized 90 kilograms of hashish off Failaka island, the Kuwait Ministry of Interior said on Friday.")]
    [InlineData("The Kuwait Coast Guard, working with Kuwaiti Customs, arrested four fishermen near the island, the Kuwait Ministry of Interior reported.")]
    public void AMinistryThatOnlyTellsTheNewsAtAClausesEndTakesNoPart(string text)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.DoesNotContain("agency:kuwait-moi", participants);
        Assert.Contains("agency:kuwait-coast-guard", participants);
    }

    [Fact]
    public void AClosingSpeakerWithNoOtherActorKeepsItsPart() =>
        Assert.Contains("agency:kuwait-moi", SingleEvent(
            "Four fishermen were arrested near Failaka island during a week of joint checks, the Kuwait Ministry of Interior said on Friday.").ParticipantIds);

    [Fact]
    public void AForceThatTellsTheNewsAtAClausesEndKeepsItsPart() =>
        Assert.Contains("agency:kenya-police", SingleEvent(
            "Officers of the Tanzania Police Force seized 300 kilograms of heroin near Namanga, the Kenya Police Service said on Friday.").ParticipantIds);

    [Theory]
    [InlineData("Officers of the Kenya Police Service arrested nine smugglers at Namanga. The Tanzania Police Force has been told of the arrests.")]
    [InlineData("Officers of the Kenya Police Service arrested nine smugglers at Namanga. The Tanzania Police Force's marine unit has been informed and will trace the boats.")]
    public void ABodyToldOfTheCaseInThePassiveTakesNoPart(string text)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.DoesNotContain("agency:tanzania-police", participants);
        Assert.Contains("agency:kenya-police", participants);
    }

    [Fact]
    public void ABodyWithNoRoleInTheOperationTakesNoPart()
    {
        var participants = SingleEvent(
            "The Kenya Police Service arrested nine smugglers at Namanga in Operation Dry Lake. The results were reviewed at a debriefing with the Tanzania Police Force, which had no role in the operation itself.").ParticipantIds;
        Assert.DoesNotContain("agency:tanzania-police", participants);
        Assert.Contains("agency:kenya-police", participants);
    }

    [Theory]
    [InlineData("Officers of the Kenya Police Service seized 40 tusks at Namanga in Operation Dry Lake. Instructors of the Tanzania Police Force gave the boarding course the officers had attended. The Tanzania Police Force was not involved in Dry Lake.")]
    [InlineData("Officers of the Kenya Police Service seized 40 tusks at Namanga in Operation Dry Lake. The Tanzania Police Force signed an agreement with the Kenyan police last month. Tanzania was not involved in the operation.")]
    public void ABodyOrCountryDeniedAPartInTheWholeOperationTakesNoneFromAnyOtherSentence(string text)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.DoesNotContain("agency:tanzania-police", participants);
        Assert.DoesNotContain("country:TZ", participants);
        Assert.Contains("agency:kenya-police", participants);
    }

    [Theory]
    [InlineData("Officers of the Kenya Police Service seized 40 tusks at Namanga in Operation Dry Lake with the Tanzania Police Force. The Tanzania Police Force was not involved in the raids at the port.", "agency:tanzania-police")]
    [InlineData("Officers of the Kenya Police Service seized 40 tusks at Namanga in Operation Dry Lake with the Tanzania Police Force. The Kenya Wildlife Service passed its files to the Tanzania Police Force but was not involved in the operation.", "agency:tanzania-police")]
    [InlineData("Officers of the Tanzania Police Force seized 40 tusks at Arusha in Operation Dry Lake. The dealers were known from a 2024 inquiry by the Kenya Wildlife Service, in which the Tanzania Police Force did not take part.", "agency:tanzania-police")]
    public void APartDeniedInOneTaskOrAfterADeedLeavesTheOtherMentionsTheirPart(string text, string kept) =>
        Assert.Contains(kept, SingleEvent(text).ParticipantIds);

    [Fact]
    public void TheHostOfTheOperationsCoordinationCentreTakesPart() =>
        Assert.Contains("agency:tanzania-police", SingleEvent(
            "Officers of the Kenya Police Service seized 40 tusks at Namanga in Operation Dry Lake. The operation's coordination centre was hosted by the Tanzania Police Force in Arusha.").ParticipantIds);

    [Fact]
    public void TheHostOfADebriefingTakesNoPart() =>
        Assert.DoesNotContain("agency:tanzania-police", SingleEvent(
            "Officers of the Kenya Police Service seized 40 tusks at Namanga in Operation Dry Lake. The results were reviewed at a debriefing hosted by the Tanzania Police Force in Arusha.").ParticipantIds);
}
