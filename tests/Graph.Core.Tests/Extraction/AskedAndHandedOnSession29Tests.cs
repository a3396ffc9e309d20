using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 29: a body the case is forwarded to, a body that only asks ("asked by the FBI"), and a body asked for help after
/// its owning country's name ("asked Brazil's Federal Police") take no part; the bodies that acted keep theirs. Every
/// sentence is written for the test.
/// </summary>
public sealed class AskedAndHandedOnSession29Tests
{
    [Theory]
    [InlineData("Kenya's Ethics and Anti-Corruption Commission arrested three customs officers in Mombasa in Operation Salt Gate, working with the Kenya Revenue Authority, and has forwarded the case to the Office of the Director of Public Prosecutions of Kenya.", "agency:kenya-odpp", "agency:kenya-kra")]
    [InlineData("The Nepal Police arrested nine callers in Kathmandu with the Central Bureau of Investigation of India. The Nepal Police has since been asked by the FBI for details of American victims.", "agency:fbi", "agency:india-cbi")]
    [InlineData("The NDLEA and Ghana's Narcotics Control Commission arrested six couriers at the airport, and the agency has asked Brazil's Federal Police for help to trace a seventh.", "agency:brazil-pf", "agency:ghana-narcotics")]
    public void ABodyOnlyHandedTheCaseOrAskingOrAskedTakesNoPart(string text, string mentioned, string acting)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.DoesNotContain(mentioned, participants);
        Assert.Contains(acting, participants);
    }

    [Fact]
    public void ABodyThatHelpedAfterItsCountrysNameStillTakesPart() =>
        Assert.Contains("agency:brazil-pf", SingleEvent(
            "The NDLEA arrested six couriers at the airport with help from Brazil's Federal Police, which traced a seventh.").ParticipantIds);

    [Theory]
    [InlineData("Officers of the Thai police arrested four men in Bangkok, and AMLO analysts traced the money sent to their accounts.")]
    [InlineData("Officers of the Thai police arrested four men in Bangkok, and AMLO analysts had matched the transfers to their accounts.")]
    public void AnalystsWhoDidTheWorkGiveTheirBodyAPart(string text) =>
        Assert.Contains("agency:thailand-amlo", SingleEvent(text).ParticipantIds);

    [Fact]
    public void AnAnalystWhoOnlyCommentsGivesTheBodyNone() =>
        Assert.DoesNotContain("agency:unodc", SingleEvent(
            "Officers of the Thai police arrested four men in Bangkok in a joint operation with Lao police. UNODC analysts said the trade was growing.").ParticipantIds);
}
