using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Category 4 of issue 13: leads given as lists, by side, by nationality and through a joint subject.</summary>
public sealed class LeadListTests
{
    [Fact]
    public void AColonAfterACountOfAgenciesIntroducesTheLeads() =>
        Assert.Equal(["agency:greece-police", "agency:guardia-civil", "agency:norway-kripos"],
            SingleEvent("Operation Tern was led by three agencies: the Guardia Civil, the Hellenic Police and Kripos. Europol supported it.").LeadIds.Order());

    [Fact]
    public void EachSideOfAJointOperationHasItsOwnLead()
    {
        var cooperation = SingleEvent("Operation Heron was led on the Polish side by the Polish Police and on the German side by the Bundeskriminalamt, with Europol in support.");

        Assert.Equal(["agency:bka", "agency:poland-police"], cooperation.LeadIds.Order());
        Assert.DoesNotContain("agency:europol", cooperation.LeadIds);
    }

    [Fact]
    public void ASecondVerbAfterTheLeadsIsNotASecondListOfLeads() =>
        Assert.Equal(["agency:interpol"], SingleEvent("Operation Kite was coordinated by INTERPOL and financed by Frontex and Europol.").LeadIds);

    [Fact]
    public void LeadershipByNationalityGoesToTheNamedAgencyWhoseNameHoldsTheNoun()
    {
        var cooperation = SingleEvent("Operation Lynx was led by Greek and Cypriot police. The Hellenic Police, the Cyprus Police and Greek Customs searched 12 warehouses.");

        Assert.Equal(["agency:cyprus-police", "agency:greece-police"], cooperation.LeadIds.Order());
    }

    [Fact]
    public void ACountryNamedAsLeaderWithoutANounAddsNoAgencyLead() =>
        Assert.Empty(SingleEvent("Operation Wren was led by Spain and Greece with support from Europol. The Guardia Civil and the Hellenic Police made arrests.").LeadIds);

    [Fact]
    public void AgenciesOpeningASentenceThatCallsTheActionJointLeadIt() =>
        Assert.Equal(["agency:kenya-kws", "agency:uganda-uwa"],
            SingleEvent("The Kenya Wildlife Service and the Uganda Wildlife Authority seized 300 kilograms of ivory in a joint operation near Busia.").LeadIds.Order());

    [Fact]
    public void RunningAPartOfTheOperationIsTakingPart()
    {
        var cooperation = SingleEvent("Operation Finch was led by the Guardia Civil. Europol ran the analysis of seized phones.");

        Assert.Equal(["agency:guardia-civil"], cooperation.LeadIds);
        Assert.Contains("agency:europol", cooperation.ParticipantIds);
    }

    [Fact]
    public void AListOfLeadsStepsOverAnAsideNamingAUnit() =>
        Assert.Equal(["agency:carabinieri", "agency:guardia-civil"],
            SingleEvent("Operation Plover was carried out jointly by the Carabinieri, through their forgery squad in Rome, and the Guardia Civil, with Europol assisting.").LeadIds.Order());

    [Fact]
    public void AnUnknownUnitNamedWithItsBodyLeadsAsThatBody() =>
        Assert.Equal(["agency:ukraine-police"],
            SingleEvent("The operation was carried out by the Cyber Police Department of the National Police of Ukraine together with the Romanian Police.").LeadIds);
}
