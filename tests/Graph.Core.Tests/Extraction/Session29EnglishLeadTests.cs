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
}
