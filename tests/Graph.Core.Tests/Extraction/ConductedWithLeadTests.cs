using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Session 27: the body that opens a sentence leads when a trailing phrase calls its action an operation conducted "with" partners.</summary>
public sealed class ConductedWithLeadTests
{
    [Fact]
    public void ASubjectPastADatelineLeadsTheInvestigationItRanJointly() =>
        Assert.Equal(["agency:cyprus-police", "agency:greece-police"],
            SingleEvent("ATHENS, 3 May 2026 — Greece's Hellenic Police has recovered 40 stolen icons, in an investigation run jointly with the Cyprus Police.").LeadIds.Order());

    [Fact]
    public void ASubjectLeadsTheInvestigationCarriedOutWithAPartnerWhoStaysAParticipant()
    {
        var cooperation = SingleEvent("The Hellenic Police has returned 40 stolen icons to their churches after a two-year investigation carried out with the Cyprus Police.");

        Assert.Equal(["agency:greece-police"], cooperation.LeadIds);
        Assert.Contains("agency:cyprus-police", cooperation.ParticipantIds);
    }

    [Fact]
    public void ABodyThatOnlySpeaksDoesNotLeadWhatAnotherCarriedOut() =>
        Assert.DoesNotContain("agency:greece-police",
            SingleEvent("The Hellenic Police said on Monday that the coast guard had seized five boats in an operation carried out with the Cyprus Police.").LeadIds);

    [Fact]
    public void ASubjectWithAnotherBodyBeforeThePhraseDoesNotLead() =>
        Assert.DoesNotContain("agency:greece-police",
            SingleEvent("The Hellenic Police thanked Greek Customs for an investigation carried out with the Cyprus Police.").LeadIds);
}
