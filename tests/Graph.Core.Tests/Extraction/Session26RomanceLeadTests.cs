using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 26 (issue 13): Spanish, Portuguese and French leads read by structure. A phrase of joint manner between any lead
/// participle and its agent, a body's own unit as the agent of a lead cue, a unit's acronym in brackets inside its name, and
/// a second side after a semicolon with its verb left out.
/// </summary>
public sealed class Session26RomanceLeadTests
{
    [Theory]
    [InlineData("La Operación Faro fue liderada de manera conjunta por la Guardia Civil y la Dirección General de la Seguridad Nacional.", "agency:guardia-civil", "agency:morocco-dgsn")]
    [InlineData("A Operação Farol foi executada em conjunto pela Polícia Federal e a Polícia Judiciária.", "agency:brazil-pf", "agency:portugal-pj")]
    [InlineData("L'opération Phare a été exécutée conjointement par la Gendarmerie nationale et la Police fédérale belge.", "agency:gendarmerie-nationale", "agency:belgian-federal-police")]
    public void AJointMannerBetweenTheParticipleAndItsAgentLeavesEveryAgentLeading(string text, string first, string second) =>
        Assert.Equal([first, second], SingleEvent(text).LeadIds);

    [Fact]
    public void AJointMannerAfterAVerbThatLeadsNothingMakesNoLead()
    {
        var cooperation = SingleEvent("Seis personas detenidas en la Operación Faro fueron trasladadas de manera conjunta por la Guardia Civil hasta Algeciras.");

        Assert.DoesNotContain("agency:guardia-civil", cooperation.LeadIds);
    }

    [Theory]
    [InlineData("La Guardia Civil anunció la Operación Faro, coordinada por su Unidad de Análisis y liderada de manera conjunta por la Dirección General de la Seguridad Nacional.", "agency:guardia-civil", "agency:morocco-dgsn")]
    [InlineData("A Polícia Federal apresentou a Operação Farol, coordenada pela sua Unidade de Análise e liderada pela Polícia Judiciária.", "agency:brazil-pf", "agency:portugal-pj")]
    [InlineData("La Gendarmerie nationale a présenté l'opération Phare, coordonnée par sa Direction des enquêtes et pilotée par la Police fédérale belge.", "agency:gendarmerie-nationale", "agency:belgian-federal-police")]
    public void ABodysOwnUnitAfterALeadCueMakesTheBodyALead(string text, string owner, string other)
    {
        var leads = SingleEvent(text).LeadIds;

        Assert.Contains(owner, leads);
        Assert.Contains(other, leads);
    }

    [Fact]
    public void APossessiveBeforeAnythingButAUnitLeavesTheSpeakerOut()
    {
        var cooperation = SingleEvent("La Policía Nacional informó de la Operación Faro, dirigida por la Guardia Civil y coordinada por su director regional.");

        Assert.Equal(["agency:guardia-civil"], cooperation.LeadIds);
    }

    [Fact]
    public void AUnitsAcronymInBracketsKeepsItsParentAsTheLead() =>
        Assert.Contains("agency:chile-pdi", SingleEvent("La Operación Faro fue dirigida por la Brigada Investigadora contra el Tráfico de Personas (Bitrap) de la Policía de Investigaciones de Chile.").LeadIds);

    [Theory]
    [InlineData("La Operación Faro fue coordinada, del lado español, por la Guardia Civil; del lado marroquí, por la Dirección General de la Seguridad Nacional.", "agency:guardia-civil", "agency:morocco-dgsn")]
    [InlineData("L'opération Phare a été pilotée, du côté français, par la Gendarmerie nationale ; du côté belge, par la Police fédérale belge.", "agency:gendarmerie-nationale", "agency:belgian-federal-police")]
    public void ASecondSideAfterASemicolonLeadsWithoutItsVerb(string text, string first, string second) =>
        Assert.Equal([first, second], SingleEvent(text).LeadIds);

    [Fact]
    public void ASecondSideWithAVerbOfItsOwnTakesPartWithoutLeading()
    {
        var cooperation = SingleEvent("La Operación Faro fue coordinada, del lado español, por la Guardia Civil; del lado marroquí, la Dirección General de la Seguridad Nacional detuvo a dos personas.");

        Assert.Equal(["agency:guardia-civil"], cooperation.LeadIds);
        Assert.Contains("agency:morocco-dgsn", cooperation.ParticipantIds);
    }
}
