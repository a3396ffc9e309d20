using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 23: the categories session 22's retired blind reports showed. A body or country asked for information that
/// it has not given yet, a body that takes the case on after the operation (received the case or its files, authorised
/// the charges) and a body handed the suspects through one of its units take no part by that mention; the owner named
/// after the operation's name ("l'opération X d'INTERPOL") and a body the operation is placed under the responsibility
/// of lead. Every rule is tried in each language that says the same thing, and beside what it must leave alone. Every
/// sentence is written for the test.
/// </summary>
public sealed class Session23ParticipationTests
{
    [Theory]
    [InlineData("Bilbao, 4 de marzo de 2026. La Guardia Civil desarticuló una red de estafas en la Operación Faro. También se ha solicitado información a las autoridades lituanas.", "country:LT")]
    [InlineData("Maputo, 4 de março de 2026 — A Polícia Judiciária desmantelou uma rede na Operação Farol. Já foram solicitadas informações às autoridades sul-africanas.", "country:ZA")]
    [InlineData("Lyon, le 4 mars 2026 – La Gendarmerie nationale a démantelé un réseau lors de l'opération Phare. Le parquet a demandé des informations aux autorités belges.", "country:BE")]
    [InlineData("London, 4 March 2026 — The National Crime Agency dismantled a fraud ring in Operation Beacon. Information has been requested from the Danish police.", "country:DK")]
    [InlineData("London, 4 March 2026 — The National Crime Agency dismantled an abuse ring in Operation Beacon. The names of the victims will be handed over to the Philippine authorities.", "country:PH")]
    public void ACountryAskedOrToldAfterTheOperationTakesNoPart(string text, string country) =>
        Assert.DoesNotContain(country, SingleEvent(text).ParticipantIds);

    [Fact]
    public void ACountryWhoseAuthoritiesArrestedStillTakesPart() =>
        Assert.Contains("country:DK", SingleEvent("London, 4 March 2026 — The National Crime Agency dismantled a fraud ring in Operation Beacon. The Danish police arrested two of its members in Aarhus.").ParticipantIds);

    [Fact]
    public void ABodyWhoseCooperationWillBeSoughtTakesNoPart() =>
        Assert.DoesNotContain("agency:guardia-civil", SingleEvent("London, 4 March 2026 — The National Crime Agency dismantled a fraud ring in Operation Beacon. Officers will seek the cooperation of the Guardia Civil to find a third suspect.").ParticipantIds);

    [Theory]
    [InlineData("London, 4 March 2026 — The National Crime Agency dismantled a forgery ring in Operation Seal. The Crown Prosecution Service has already received the case file.", "agency:cps")]
    [InlineData("Quito, 4 de marzo de 2026. La Policía Nacional desarticuló una red de contrabando en la Operación Muelle. La Fiscalía General del Estado ya ha recibido el caso.", "agency:ecuador-prosecutor")]
    [InlineData("Manaus, 4 de março de 2026 — A Polícia Federal prendeu onze garimpeiros na Operação Igarapé. O Ministério Público Federal já recebeu o processo.", "agency:brazil-mpf")]
    [InlineData("Québec, le 4 mars 2026 – La Sûreté du Québec a arrêté six fraudeurs lors du projet Héron. Le Directeur des poursuites criminelles et pénales a reçu les dossiers.", "agency:quebec-dpcp")]
    [InlineData("Québec, le 4 mars 2026 – La Sûreté du Québec a arrêté six fraudeurs lors du projet Héron. Le Directeur des poursuites criminelles et pénales a autorisé 40 chefs d'accusation.", "agency:quebec-dpcp")]
    public void ABodyThatTakesTheCaseOnAfterwardsTakesNoPart(string text, string agency) =>
        Assert.DoesNotContain(agency, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("London, 4 March 2026 — The Crown Prosecution Service received intelligence from Border Force and, with the National Crime Agency, dismantled a forgery ring in Operation Seal.", "agency:cps")]
    [InlineData("Madrid, 4 de marzo de 2026. La Guardia Civil recibió el aviso de un vecino y detuvo a cinco personas en la Operación Faro.", "agency:guardia-civil")]
    public void ABodyThatReceivesSomethingElseAndActsStillTakesPart(string text, string agency) =>
        Assert.Contains(agency, SingleEvent(text).ParticipantIds);

    [Fact]
    public void ABodyHandedTheSuspectsThroughOneOfItsUnitsTakesNoPart() =>
        Assert.DoesNotContain("agency:senegal-gendarmerie", SingleEvent("Dakar, 4 March 2026 — The Senegalese Navy intercepted a trawler carrying cocaine in Operation Blue Wake. The crew were handed over to the coastal brigade of the Gendarmerie nationale.").ParticipantIds);

    [Fact]
    public void ABodyWhoseOfficersActAfterAHandOverInAnotherClauseStillTakesPart() =>
        Assert.Contains("agency:senegal-gendarmerie", SingleEvent("Dakar, 4 March 2026 — The Senegalese Navy intercepted a trawler carrying cocaine in Operation Blue Wake. The crew were handed over to a court, and officers of the Gendarmerie nationale searched the boat.").ParticipantIds);

    [Theory]
    [InlineData("Lyon, le 4 mars 2026 – L'opération Boussole d'INTERPOL s'est déroulée au Cameroun et au Gabon, où 40 personnes ont été arrêtées.", "agency:interpol")]
    [InlineData("Madrid, 4 de marzo de 2026. La Operación Brújula de la Guardia Civil terminó con 40 detenidos en Cádiz y Huelva.", "agency:guardia-civil")]
    [InlineData("Lisboa, 4 de março de 2026 — A Operação Bússola da Polícia Judiciária terminou com 40 detidos no Porto e em Braga.", "agency:portugal-pj")]
    public void TheOwnerNamedAfterTheOperationsNameLeads(string text, string agency) =>
        Assert.Contains(agency, SingleEvent(text).LeadIds);

    [Fact]
    public void ABodyAfterAnUnnamedOperationDoesNotOwnIt() =>
        Assert.DoesNotContain("agency:guardia-civil", SingleEvent("Madrid, 4 de marzo de 2026. La Policía Nacional dirigió la Operación Brújula; los detenidos en la operación de ayer de la Guardia Civil pasaron a disposición judicial.").LeadIds);

    [Theory]
    [InlineData("Québec, le 4 mars 2026 – Le projet Héron, placé sous la responsabilité de la Sûreté du Québec, a permis l'arrestation de six fraudeurs.", "agency:sq")]
    [InlineData("London, 4 March 2026 — Project Heron, placed under the responsibility of the National Crime Agency, led to the arrest of six fraudsters.", "agency:nca")]
    public void ABodyTheOperationIsPlacedUnderLeads(string text, string agency) =>
        Assert.Contains(agency, SingleEvent(text).LeadIds);
}
