using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13 and 17, session 12: cooperation told across clauses — the members of a joint investigation team
/// taken up by "which jointly conducted", a body that gave support named before another that only funded, a
/// country whose investigators were only asked, a body only told of the arrests, a body the investigation was
/// conducted jointly with, a name several countries' bodies share read as the body of the country in play, a joint
/// opening before the list that leads, a team formed for the case, counterparts only alerted and generic security forces.
/// </summary>
public sealed class CooperationAcrossClausesTests
{
    private const string Opening = "Europol and the Guardia Civil arrested nine people in a joint operation. ";

    [Theory]
    [InlineData("Nine suspects were arrested on Tuesday. A joint investigation team was set up between the Guardia Civil and "
        + "Portugal's Polícia Judiciária, which jointly conducted the investigation.", "agency:guardia-civil", "agency:portugal-pj")]
    [InlineData("Nine suspects were arrested on Monday. In a joint operation, the Guardia Civil and the Polícia Judiciária seized "
        + "300 kilograms of hashish.", "agency:guardia-civil", "agency:portugal-pj")]
    [InlineData("MADRID, 3 May 2025: In a joint operation, the Guardia Civil and the Polícia Judiciária seized 300 kilograms of "
        + "hashish and arrested nine people.", "agency:guardia-civil", "agency:portugal-pj")]
    [InlineData(Opening + "The case was investigated by the FBI and Homeland Security Investigations.", "agency:fbi", "agency:hsi")]
    public void BothBodiesOfAJointSubjectOrAgentLead(string text, string first, string second)
    {
        var cooperation = SingleEvent(text);

        Assert.Contains(first, cooperation.LeadIds);
        Assert.Contains(second, cooperation.LeadIds);
    }

    [Fact]
    public void ABodyThatGaveSupportTakesPartThoughTheNextBodyOnlyFunded()
    {
        var cooperation = SingleEvent(Opening + "The operation received support from INTERPOL, and UNODC funded the training of the officers.");

        Assert.Contains("agency:interpol", cooperation.ParticipantIds);
        Assert.DoesNotContain("agency:unodc", cooperation.ParticipantIds);
    }

    [Theory]
    [InlineData("Investigators in Chile were also asked for bank records, but had not replied by Friday.", "country:CL")]
    [InlineData("The Guardia Civil has alerted its counterparts in Morocco and Algeria.", "country:MA")]
    [InlineData("The Guardia Civil has alerted its counterparts in Morocco and Algeria.", "country:DZ")]
    public void ACountryWhosePeopleWereOnlyAskedOrAlertedTakesNoPart(string told, string country) =>
        Assert.DoesNotContain(country, SingleEvent(Opening + told).ParticipantIds);

    [Theory]
    [InlineData("Investigators in Chile also searched two offices.", "country:CL")]
    [InlineData("The Guardia Civil worked with its counterparts in Morocco.", "country:MA")]
    public void ACountryWhosePeopleActedStillTakesPart(string acted, string country) =>
        Assert.Contains(country, SingleEvent(Opening + acted).ParticipantIds);

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

    [Fact]
    public void TheMembersOfATeamFormedForTheCaseTakePart()
    {
        var cooperation = SingleEvent("Nine suspects were arrested on Monday. A joint team made up of the Guardia Civil, the Polícia Judiciária "
            + "and the Italian Carabinieri seized 300 kilograms of hashish.");

        Assert.Contains("agency:carabinieri", cooperation.ParticipantIds);
        Assert.Contains("country:IT", cooperation.ParticipantIds);
    }

    [Theory]
    [InlineData("Asunción, 4 de mayo de 2025. Fuerzas de seguridad de Paraguay y Brasil desarticularon una red de contrabando de armas y detuvieron a nueve personas.", "country:PY", "country:BR")]
    [InlineData("Bamako, le 4 mai 2025. Les forces de sécurité du Mali et du Niger ont démantelé un réseau de trafic d'armes et interpellé neuf personnes.", "country:ML", "country:NE")]
    public void GenericSecurityForcesAreNoBodyButTheirCountriesTakePart(string text, string first, string second)
    {
        var extraction = Extract(text);
        var cooperation = Assert.Single(extraction.Events);

        Assert.DoesNotContain(extraction.Actors, a => a.Kind == ActorKind.Agency);
        Assert.Contains(first, cooperation.ParticipantIds);
        Assert.Contains(second, cooperation.ParticipantIds);
    }

    [Fact]
    public void AStateForcesUnitAndAStatePatrolAreRead()
    {
        var extraction = Extract(Opening + "The Gujarat Anti-Terrorism Squad and the Washington State Patrol also took part. "
            + "Two men were arrested in Surrey, British Columbia.");

        Assert.Contains("agency:gujarat-police", Assert.Single(extraction.Events).ParticipantIds);
        Assert.Contains("agency:washington-state-patrol", extraction.Events[0].ParticipantIds);
        Assert.DoesNotContain(extraction.Actors, a => a.Id == "country:GB");
    }

    [Fact]
    public void TurkeyIsReadInSpanish() =>
        Assert.Contains("TR", Countries("Madrid, 4 de mayo de 2025. La Guardia Civil detuvo a nueve personas en la Operación Nácar. "
            + "Las armas habían sido fabricadas en Turquía."));
}
