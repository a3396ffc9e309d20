using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Issue 13, session 5: a lead named by reference stands for the agencies the report named just before.</summary>
public sealed class LeadByReferenceTests
{
    [Fact]
    public void TheTwoOrganisationsThatConductedTheOperationLeadIt()
    {
        var cooperation = SingleEvent("The Ghana Police Service and the National Police of Togo arrested 34 people. "
            + "The two organisations jointly conducted the operation over three weeks.");

        Assert.Equal(["agency:ghana-police", "agency:togo-police"], cooperation.LeadIds.Order());
    }

    [Fact]
    public void AJointOperationBetweenTheTwoBodiesIsLedByBoth()
    {
        var cooperation = SingleEvent("Royal Thai Police and Royal Malaysia Police officers rescued 48 workers. "
            + "The rescue was the result of a joint operation between the two forces.");

        Assert.Equal(["agency:malaysia-pdrm", "agency:thai-police"], cooperation.LeadIds.Order());
    }

    [Fact]
    public void AReferenceStandsForTheMostRecentAgenciesOnly()
    {
        var cooperation = SingleEvent("Europol supported the case. The Ghana Police Service and the National Police of Togo arrested 34 people. "
            + "Both agencies led the operation.");

        Assert.DoesNotContain("agency:europol", cooperation.LeadIds);
        Assert.Contains("agency:europol", cooperation.ParticipantIds);
    }

    [Fact]
    public void ACountOfBodiesThatIsNoSubjectOfALeadLeadsNothing() =>
        Assert.Empty(SingleEvent("The Ghana Police Service and the National Police of Togo arrested 34 people. "
            + "Officers of the two organisations searched 12 houses.").LeadIds);
}
