using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13 and 17, session 12: cooperation told across clauses — the members of a joint investigation team
/// taken up by "which jointly conducted", a body that gave support named before another that only funded, a
/// country whose investigators were only asked, a body only told of the arrests, a body the investigation was
/// conducted jointly with, and a name several countries' bodies share read as the body of the country in play.
/// </summary>
public sealed class CooperationAcrossClausesTests
{
    private const string Opening = "Europol and the Guardia Civil arrested nine people in a joint operation. ";

    [Fact]
    public void BothMembersOfAJointTeamLeadWhenTheSecondIsNamedWithItsCountry()
    {
        var cooperation = SingleEvent("Nine suspects were arrested on Tuesday. A joint investigation team was set up between "
            + "the Guardia Civil and Portugal's Polícia Judiciária, which jointly conducted the investigation.");

        Assert.Contains("agency:guardia-civil", cooperation.LeadIds);
        Assert.Contains("agency:portugal-pj", cooperation.LeadIds);
    }

    [Fact]
    public void ABodyThatGaveSupportTakesPartThoughTheNextBodyOnlyFunded()
    {
        var cooperation = SingleEvent(Opening + "The operation received support from INTERPOL, and UNODC funded the training of the officers.");

        Assert.Contains("agency:interpol", cooperation.ParticipantIds);
        Assert.DoesNotContain("agency:unodc", cooperation.ParticipantIds);
    }

    [Fact]
    public void ACountryWhoseInvestigatorsWereOnlyAskedTakesNoPart() =>
        Assert.DoesNotContain("country:CL", SingleEvent(Opening + "Investigators in Chile were also asked for bank records, but had not replied by Friday.").ParticipantIds);

    [Fact]
    public void ACountryWhoseInvestigatorsActedStillTakesPart() =>
        Assert.Contains("country:CL", SingleEvent(Opening + "Investigators in Chile also searched two offices.").ParticipantIds);

    [Fact]
    public void ABodyOnlyToldOfTheArrestsTakesNoPartInPortuguese()
    {
        var cooperation = SingleEvent("Lisboa, 3 de maio de 2025 – A Polícia Judiciária deteve cinco pessoas numa operação contra o tráfico "
            + "de cocaína. A Guarda Civil espanhola foi informada das detenções.");

        Assert.Contains("agency:portugal-pj", cooperation.ParticipantIds);
        Assert.DoesNotContain("agency:guardia-civil", cooperation.ParticipantIds);
        Assert.DoesNotContain("country:ES", cooperation.ParticipantIds);
    }

    [Fact]
    public void ABodyTheInvestigationWasConductedJointlyWithLeads() =>
        Assert.Contains("agency:carabinieri", SingleEvent(Opening + "The investigation was conducted jointly with the Italian Carabinieri.").LeadIds);

    [Fact]
    public void ABodyTheInvestigationWasConductedJointlyWithLeadsInPortuguese() =>
        Assert.Contains("agency:cape-verde-pj", SingleEvent("Lisboa, 3 de maio de 2025 – A Polícia Judiciária deteve cinco pessoas na Operação Maré. "
            + "A investigação foi conduzida em conjunto com a Polícia Judiciária de Cabo Verde.").LeadIds);

    [Fact]
    public void ASharedEnglishNameIsTheBodyOfTheCountryInPlayAndKeptAsItsAlias()
    {
        var extraction = Extract("HANOI, 4 May 2025 — The Ministry of Public Security and the Royal Malaysia Police arrested twelve people "
            + "in a joint operation against pangolin trafficking in Viet Nam and Malaysia.");

        var ministry = Assert.Single(extraction.Actors, a => a.Id == "agency:vietnam-police");
        Assert.Contains("Ministry of Public Security", ministry.Aliases);
        Assert.DoesNotContain(extraction.Actors, a => a.Id == "agency:china-mps");
    }

    [Theory]
    [InlineData("GUATEMALA CITY, 2 June 2025 — The National Civil Police and the Public Ministry arrested 14 people in raids against a firearms network.", "agency:guatemala-pnc")]
    [InlineData("GUATEMALA CITY, 2 June 2025 — The National Civil Police and the Public Ministry arrested 14 people in raids against a firearms network.", "agency:guatemala-mp")]
    [InlineData(Opening + "The State Criminal Police Office of North Rhine-Westphalia searched a warehouse in Germany.", "agency:lka-nrw")]
    [InlineData(Opening + "The Department of National Parks, Wildlife and Plant Conservation seized pangolin scales in Thailand.", "agency:thailand-dnp")]
    public void BodiesTheListLackedTakePart(string text, string agency) =>
        Assert.Contains(agency, SingleEvent(text).ParticipantIds);
}
