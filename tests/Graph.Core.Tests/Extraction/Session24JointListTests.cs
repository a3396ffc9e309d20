using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 24 (issue 13): a list of joint conductors goes on past an acronym in brackets after a member ("(SBNON)") and
/// reaches a later member whose full name only its acronym in brackets names ("y la Dirección General … (DGST)"); a
/// helper after "with support from" still ends the list.
/// </summary>
public sealed class Session24JointListTests
{
    [Theory]
    [InlineData("Siete personas han sido detenidas en una operación desarrollada de forma conjunta por la Policía Nacional y la Dirección General de Vigilancia del Territorio (DGST) de Marruecos.", "agency:spain-national-police", "agency:morocco-dgst")]
    [InlineData("The operation was jointly conducted by the Drug Service of the Ministry of Internal Affairs of the Kyrgyz Republic (SBNON) and the Drug Control Agency of Tajikistan.", "agency:drug-service-of-the-ministry-of-internal-affairs-of-the-kyrgyz-republic", "agency:tajikistan-dca")]
    [InlineData("The investigation was led by the Royal Thai Police (RTP) and the Royal Malaysia Police.", "agency:thai-police", "agency:malaysia-pdrm")]
    public void EveryJointConductorOfTheListLeads(string text, string first, string second) =>
        Assert.Equal([first, second], SingleEvent(text).LeadIds);

    [Fact]
    public void AHelperAfterTheListStillOnlyTakesPart()
    {
        var cooperation = SingleEvent("The operation was led by the Royal Thai Police and the Thai Customs Department, with support from the Anti-Money Laundering Office (AMLO).");

        Assert.Equal(["agency:thai-police", "agency:thai-customs"], cooperation.LeadIds);
    }
}
