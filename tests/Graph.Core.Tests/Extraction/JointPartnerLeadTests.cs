using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 19: one agency opening the sentence that acted "in a joint operation with" named partners conducted the
/// operation jointly with them, so it and each partner lead (the guidelines' "carried out … jointly"; the corpus's gold
/// reads it so in every report of this shape). The sentence may open with a dateline ending in a dash, the body may speak
/// ("says it has arrested"), and a partner may be named through its unit ("the Customs Division of the …"). A subject that
/// is the body's operation ("The AFP's Operation …") leaves the partner a participant.
/// </summary>
public sealed class JointPartnerLeadTests
{
    [Theory]
    [InlineData("The Kenya Wildlife Service has seized 40 tusks near Voi in a joint operation with the Tanzania Police Force.",
        new[] { "agency:kenya-kws", "agency:tanzania-police" })]
    [InlineData("The Kenya Wildlife Service says it has arrested four men in a joint operation with the Colombian Navy.",
        new[] { "agency:kenya-kws", "agency:colombia-navy" })]
    [InlineData("MOMBASA, 2 June 2025 — The Kenya Wildlife Service arrested six poachers on the coast, in a joint operation with the Uganda Police Force and the Tanzania Police Force.",
        new[] { "agency:kenya-kws", "agency:uganda-police", "agency:tanzania-police" })]
    [InlineData("The Narcotics Control Commission has detained a truck at Aflao in a joint operation with the Customs Division of the Ghana Revenue Authority.",
        new[] { "agency:ghana-narcotics", "agency:ghana-customs" })]
    public void OneAgencyAndItsNamedJointPartnersLead(string text, string[] leads) =>
        Assert.Equal(leads.Order(), SingleEvent(text).LeadIds.Order());

    [Fact]
    public void ASubjectThatIsTheBodysOperationLeavesThePartnerAParticipant()
    {
        var cooperation = SingleEvent("The Kenya Wildlife Service's Operation Dry Savanna stopped a shipment of ivory after a joint investigation with the Tanzania Police Force.");

        Assert.DoesNotContain("agency:tanzania-police", cooperation.LeadIds);
        Assert.Contains("agency:tanzania-police", cooperation.ParticipantIds);
    }

    [Fact]
    public void AnAgencyActingWithAPartnerOutsideAJointOperationDoesNotMakeItLead() =>
        Assert.DoesNotContain("agency:tanzania-police",
            SingleEvent("The Kenya Wildlife Service arrested four men with help from the Tanzania Police Force.").LeadIds);
}
