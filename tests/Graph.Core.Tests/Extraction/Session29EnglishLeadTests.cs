using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Session 29: English leads named through a unit of their body, later in a list or on a side.</summary>
public sealed class Session29EnglishLeadTests
{
    [Fact]
    public void AUnitOfABodyAfterAndLeadsAsItsBody() =>
        Assert.Equal(["agency:malaysia-pdrm", "agency:thai-police"],
            SingleEvent("Operation Black Lotus was jointly conducted by the Royal Malaysia Police and the Forest Crime Suppression Division of the Royal Thai Police, with help from Interpol.").LeadIds.Order());

    [Fact]
    public void AUnitOfABodyAfterASemicolonLeadsAsItsBody() =>
        Assert.Equal(["agency:jordan-psd", "agency:oman-rop"],
            SingleEvent("Operation Dry Wadi was led by two bodies: the Royal Oman Police; and the Border Narcotics Unit of the Public Security Directorate. Saudi customs helped at the ports.").LeadIds.Order());

    [Fact]
    public void ThePeopleOfASideLeaderDoNotEndTheListOfSides() =>
        Assert.Equal(["agency:bulgaria-customs", "agency:diicot"],
            SingleEvent("Operation Grey Barge was led by investigators of both countries: on the Romanian side by the DIICOT prosecutors, and on the Bulgarian side by the Bulgarian Customs Agency.").LeadIds.Order());

    [Fact]
    public void AFieldAfterOfInAPossessiveUnitDoesNotEndTheListOfSides() =>
        Assert.Equal(["agency:oman-rop", "agency:saudi-gdnc"],
            SingleEvent("Operation Sand Tile was led on the Omani side by the ROP's Directorate of Customs and Border Security, and on the Saudi side by the General Directorate of Narcotics Control.").LeadIds.Order());

    [Fact]
    public void AUnitNamedWithAFieldWordAndAPossessiveLeadsAsItsBody() =>
        Assert.Contains("agency:honduras-mp",
            SingleEvent("Operation Cold Ridge was headed by the Special Prosecutor's Office against Cattle Theft of the Public Ministry of Honduras, and Guatemalan police arrested two drivers.").LeadIds);

    [Fact]
    public void AVerbAfterAndStillEndsTheListOfLeads() =>
        Assert.DoesNotContain("agency:thai-police",
            SingleEvent("Operation Black Lotus was conducted by the Royal Malaysia Police and seized birds for the Forest Crime Suppression Division of the Royal Thai Police.").LeadIds);

    [Fact]
    public void TheBodyAnInquiryWasMadeByLeadsIt() =>
        Assert.Contains("agency:nz-police",
            SingleEvent("The arrests follow Operation Rata Cove, a year-long fraud inquiry by the New Zealand Police in which Australian banks shared account records.").LeadIds);

    [Fact]
    public void AUnitOfTheBodyNamedNextInAnOpeningListLeadsTheJointOperation() =>
        Assert.Equal(["agency:india-ssb", "agency:uttarakhand-police"],
            SingleEvent("The Uttarakhand Police's Special Task Force (STF) and the 12th Battalion of the Sashastra Seema Bal have arrested four smugglers in a joint operation near the Nepal border.").LeadIds.Order());

    [Fact]
    public void TheBodyOfASeparateInquiryDoesNotLeadThisOne() =>
        Assert.Equal(["agency:nz-customs"],
            SingleEvent("Operation Rata Cove was led by the New Zealand Customs Service. A separate inquiry by the New Zealand Police into the buyers is continuing.").LeadIds);

    [Fact]
    public void TheBodyWhoseNameModifiesTheOperationNounLeadsIt() =>
        Assert.Equal(["agency:interpol"],
            SingleEvent("Operation Salt Lantern, an INTERPOL operation against fake medicines, led to 31 arrests in Kenya and Uganda.").LeadIds);

    [Fact]
    public void ABodyThatTookTheLeadInTheOperationLeadsIt() =>
        Assert.Contains("agency:guardia-civil",
            SingleEvent("The Guardia Civil took the lead in Operation Salt Lantern, while Europol analysed the seized phones.").LeadIds);

    [Fact]
    public void LeadsAsTipsProvidedByABodyMakeNoLead() =>
        Assert.DoesNotContain("agency:europol",
            SingleEvent("Detectives of the Guardia Civil are following up leads provided by Europol after Operation Salt Lantern.").LeadIds);
}
