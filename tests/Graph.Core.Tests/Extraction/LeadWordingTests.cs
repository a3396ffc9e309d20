using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Category 4 of issue 13: leads stated without "led by".</summary>
public sealed class LeadWordingTests
{
    [Theory]
    [InlineData("Operation Dune was jointly conducted by AFRIPOL and INTERPOL, with police from Ghana and Togo.")]
    [InlineData("The operation, carried out jointly by AFRIPOL and INTERPOL, ended with police from Ghana making arrests.")]
    [InlineData("AFRIPOL and INTERPOL jointly conducted the operation with police from Ghana.")]
    public void JointConductOfTheWholeOperationLeads(string text) =>
        Assert.Equal(["agency:afripol", "agency:interpol"], SingleEvent(text).LeadIds.Order());

    [Fact]
    public void CarryingOutSearchesIsTakingPartNotLeading()
    {
        var cooperation = SingleEvent("The searches in Madrid were carried out by the Guardia Civil with support from Europol.");

        Assert.DoesNotContain("agency:guardia-civil", cooperation.LeadIds);
        Assert.Contains("agency:guardia-civil", cooperation.ParticipantIds);
    }

    [Fact]
    public void TheBodyDirectingAnInvestigationLeadsWithTheOneConductingIt() =>
        Assert.Equal(["agency:eurojust", "agency:guardia-civil"],
            SingleEvent("The investigation was conducted by the Guardia Civil under the direction of Eurojust, with support from Europol.").LeadIds.Order());

    [Fact]
    public void TheOwnerOfANamedOperationLeadsIt() =>
        Assert.Equal(["agency:interpol"], SingleEvent("Police in Kenya seized fake medicines during INTERPOL's Operation Pangea.").LeadIds);
}
