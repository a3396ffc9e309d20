using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Category 4 of issue 13: leads written with a unit, a description, a relative clause or a qualified reference.</summary>
public sealed class LeadShapeTests
{
    [Fact]
    public void AUnitAfterTheFirstLeadsPossessiveDoesNotEndTheListOfLeads()
    {
        var operation = SingleEvent("The operation was led jointly by the Guardia Civil's drugs squad and the Polícia Judiciária.");

        Assert.Equal(["agency:guardia-civil", "agency:portugal-pj"], operation.LeadIds.Order());
    }

    [Fact]
    public void ALowerCaseUnitOfABodyAfterTheCueLeadsAsThatBody()
    {
        var operation = SingleEvent("The case was led by the anti-fraud unit of the Guardia Civil, with help from the Polícia Judiciária.");

        Assert.Equal(["agency:guardia-civil"], operation.LeadIds);
    }

    [Fact]
    public void TheSubjectOfARelativeClauseOnTheOperationRunsIt()
    {
        var operation = SingleEvent("Officers seized four tonnes of cocaine in the port operation that the Belgian Federal Police has run since 2022.");

        Assert.Equal(["agency:belgian-federal-police"], operation.LeadIds);
    }

    [Fact]
    public void AQualifiedReferenceAfterTheSentencesOwnAgenciesStandsForThem()
    {
        const string text = "The Guardia Civil reported the boxes. Scanners flagged them under Operation Green Gantry 3, in which SARS Customs " +
            "worked with the Mozambique Revenue Authority, a scheme which the two revenue services have run since 2023.";
        var operation = SingleEvent(text);

        Assert.Equal(["agency:mozambique-revenue-authority", "agency:sars"], operation.LeadIds.Order());
    }
}
