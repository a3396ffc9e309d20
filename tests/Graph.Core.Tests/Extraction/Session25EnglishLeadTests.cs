using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 25 (issue 13), English leads read on sentence structure: the bodies that carried out an action right before its
/// director lead with it; a relative clause on the operation whose subject is a list of bodies makes each lead; a colon's
/// list parted by semicolons and sides parted by semicolons ("; in Latvia, by …") keep every member a lead.
/// </summary>
public sealed class Session25EnglishLeadTests
{
    [Theory]
    [InlineData("The boarding was carried out by the Sri Lanka Navy under the direction of the Police Narcotic Bureau, which had tracked the skipper.")]
    [InlineData("A week-long patrol off the south coast was conducted by the Sri Lanka Navy under the direction of the Police Narcotic Bureau.")]
    public void BodiesThatCarriedOutAnActionBeforeItsDirectorLeadWithIt(string text)
    {
        var leads = SingleEvent(text).LeadIds;

        Assert.Contains("agency:sri-lanka-navy", leads);
        Assert.Contains("agency:sri-lanka-police", leads);
    }

    [Fact]
    public void BodiesThatCarriedOutAPartUnderADirectorOnlyTakePart()
    {
        var cooperation = SingleEvent("The searches were carried out by the Sri Lanka Navy under the direction of the Police Narcotic Bureau.");

        Assert.Equal(["agency:sri-lanka-police"], cooperation.LeadIds);
        Assert.Contains("agency:sri-lanka-navy", cooperation.ParticipantIds);
    }

    [Fact]
    public void ACommaBeforeTheDirectorLeavesACarrierOfNoOperationAParticipant() =>
        Assert.DoesNotContain("agency:sri-lanka-navy",
            SingleEvent("The boarding was carried out by the Sri Lanka Navy, which acted under the direction of the Police Narcotic Bureau.").LeadIds);

    [Theory]
    [InlineData("The raids were part of a joint inquiry that the Revenue Commissioners and HM Revenue and Customs (HMRC) have run together since 2024.")]
    [InlineData("Both seizures belong to the operation which the Revenue Commissioners and HMRC ran over the summer.")]
    public void AListThatIsTheSubjectOfARelativeClauseOnTheOperationLeads(string text)
    {
        var leads = SingleEvent(text).LeadIds;

        Assert.Contains("agency:ireland-revenue", leads);
        Assert.Contains("agency:hmrc", leads);
    }

    [Fact]
    public void AListThatRunsSomethingElseInARelativeClauseLeadsNothing() =>
        Assert.Empty(SingleEvent("The raids followed a tip from a hotline that the Revenue Commissioners and HMRC have run since 2024.").LeadIds);

    [Fact]
    public void SidesPartedBySemicolonsEachKeepTheirLead()
    {
        var leads = SingleEvent(
            "In Spain, the operation was led by the Guardia Civil; in France, by the Gendarmerie nationale; and in Italy, by the Guardia di Finanza.").LeadIds;

        Assert.Contains("agency:guardia-civil", leads);
        Assert.Contains("agency:gendarmerie-nationale", leads);
        Assert.Contains("agency:guardia-di-finanza", leads);
    }

    [Fact]
    public void ASemicolonBeforeANewClauseEndsTheLeads() =>
        Assert.Equal(["agency:guardia-civil"],
            SingleEvent("The operation was led by the Guardia Civil; in Madrid, the Gendarmerie nationale searched two flats.").LeadIds);

    [Fact]
    public void AColonListPartedBySemicolonsLeadsAsAWhole()
    {
        var leads = SingleEvent(
            "The operation was led by three bodies: the Guardia Civil, through its Information Headquarters; the Gendarmerie nationale (GN); and Europol.").LeadIds;

        Assert.Contains("agency:guardia-civil", leads);
        Assert.Contains("agency:gendarmerie-nationale", leads);
        Assert.Contains("agency:europol", leads);
    }

    [Fact]
    public void WithoutAColonASemicolonStillEndsTheList() =>
        Assert.Equal(["agency:guardia-civil"],
            SingleEvent("The operation was led by the Guardia Civil; Europol, which hosted a meeting, sent two analysts.").LeadIds);

    [Fact]
    public void APresentTenseOfDirectingLeads() =>
        Assert.Contains("agency:guardia-civil",
            SingleEvent("Europol supported the action at the request of the Guardia Civil, which directs the investigation.").LeadIds);

    [Fact]
    public void APartnerJointlyWithABodyNamedAgainCoLeads() =>
        Assert.Equal(["agency:europol", "agency:eurojust"], SingleEvent(
            "Operation Quiet Ledger was led by Europol. The operation was carried out by the Agency jointly with Eurojust over five months.").LeadIds);

    [Fact]
    public void APartnerTogetherWithABodyNamedAgainOnlyTakesPart() =>
        Assert.Equal(["agency:europol"], SingleEvent(
            "Operation Quiet Ledger was led by Europol. The operation was carried out by the Agency together with Eurojust over five months.").LeadIds);
}
