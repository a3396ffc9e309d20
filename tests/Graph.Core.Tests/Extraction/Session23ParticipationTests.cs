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

/// <summary>
/// Session 23: leadership by side in Spanish, Portuguese and French, as "led on the British side by … and on the Spanish
/// side by …" already reads in English, and a body told of the case by another in those languages, as "informed the
/// Danish police" already reads in English.
/// </summary>
public sealed class Session23SideAndToldTests
{
    [Theory]
    [InlineData("Madrid, 4 de marzo de 2026. La Operación Faro fue coordinada del lado hondureño por la Policía Nacional de Honduras y del lado español por la Guardia Civil. Se detuvo a 12 personas.", "agency:honduras-police", "agency:guardia-civil")]
    [InlineData("Lisboa, 4 de março de 2026 — A Operação Farol foi conduzida, do lado português, pela Polícia Judiciária e, do lado espanhol, pela Guardia Civil. Foram detidas 12 pessoas.", "agency:portugal-pj", "agency:guardia-civil")]
    [InlineData("Lyon, le 4 mars 2026 – L'opération Phare a été pilotée côté français par la Gendarmerie nationale et côté espagnol par la Guardia Civil. Douze personnes ont été arrêtées.", "agency:gendarmerie-nationale", "agency:guardia-civil")]
    [InlineData("London, 4 March 2026 — Operation Beacon was led on the British side by the National Crime Agency and on the Spanish side by the Guardia Civil. Twelve people were arrested.", "agency:nca", "agency:guardia-civil")]
    public void TheBodyNamedForEachSideLeads(string text, string first, string second)
    {
        var leads = SingleEvent(text).LeadIds.ToList();
        Assert.Equal(2, leads.Count);
        Assert.Contains(first, leads);
        Assert.Contains(second, leads);
    }

    [Fact]
    public void ABodyThatOnlyTakesPartOnOneSideDoesNotLead()
    {
        var operation = SingleEvent("Madrid, 4 de marzo de 2026. La Operación Faro fue coordinada por la Guardia Civil; del lado hondureño participó la Policía Nacional de Honduras.");
        Assert.Equal(["agency:guardia-civil"], operation.LeadIds);
        Assert.Contains("agency:honduras-police", operation.ParticipantIds);
    }

    [Theory]
    [InlineData("Cartagena, 4 de marzo de 2026. La Armada de Colombia capturó a 19 pescadores en la Operación Coral. La Armada informó del caso a la Guardia Civil para los trámites consulares.", "agency:guardia-civil")]
    [InlineData("Lisboa, 4 de março de 2026 — A Polícia de Segurança Pública deteve quatro homens na Operação Selo. A PSP informou a Polícia Judiciária das diligências.", "agency:portugal-pj")]
    [InlineData("Genève, le 4 mars 2026 – La Police cantonale genevoise a arrêté onze passeurs lors de l'opération Carat. Elle a avisé la Gendarmerie nationale des arrestations.", "agency:gendarmerie-nationale")]
    public void ABodyToldOfTheCaseTakesNoPart(string text, string agency) =>
        Assert.DoesNotContain(agency, SingleEvent(text).ParticipantIds);

    [Fact]
    public void ABodyToldOfTheCaseThatThenArrestsElsewhereStillTakesPart() =>
        Assert.Contains("agency:portugal-pj", SingleEvent("Lisboa, 4 de março de 2026 — A Polícia de Segurança Pública deteve quatro homens na Operação Selo. A PSP informou a Polícia Judiciária. A Polícia Judiciária deteve mais dois homens em Braga.").ParticipantIds);
}

/// <summary>
/// Session 23: the countries an operation took place in take part in Spanish, Portuguese and French as "Operation X took
/// place from 6 to 17 October in Cameroon, Gabon and Chad" already does in English: the verbs of taking place tell of
/// the action, and a date in any of the languages between them and the list is stepped over.
/// </summary>
public sealed class Session23PlaceOfTheOperationTests
{
    [Theory]
    [InlineData("Lyon, le 25 novembre 2025 – L'opération Boussole de la Gendarmerie nationale s'est déroulée du 6 au 17 octobre au Cameroun, au Gabon et au Tchad.")]
    [InlineData("Madrid, 25 de noviembre de 2025. La Operación Brújula de la Guardia Civil se desarrolló del 6 al 17 de octubre en Camerún, Gabón y Chad.")]
    [InlineData("Lisboa, 25 de novembro de 2025 — A Operação Bússola da Polícia Judiciária decorreu de 6 a 17 de outubro nos Camarões, no Gabão e no Chade.")]
    [InlineData("London, 25 November 2025 — Operation Compass of the Guardia Civil took place from 6 to 17 October in Cameroon, Gabon and Chad.")]
    public void TheCountriesTheOperationTookPlaceInTakePart(string text)
    {
        var participants = SingleEvent(text).ParticipantIds.ToList();
        Assert.Contains("country:CM", participants);
        Assert.Contains("country:GA", participants);
        Assert.Contains("country:TD", participants);
    }

    [Theory]
    [InlineData("Madrid, 25 de noviembre de 2025. La Guardia Civil detuvo a 12 personas en la Operación Brújula. La droga se produjo en Colombia y se vendía en Francia.", "country:CO")]
    [InlineData("Lyon, le 25 novembre 2025 – La Gendarmerie nationale a arrêté douze personnes lors de l'opération Boussole. La drogue était fabriquée au Maroc.", "country:MA")]
    public void APlaceOfMakingOrSellingIsStillOnlyMentioned(string text, string country) =>
        Assert.DoesNotContain(country, SingleEvent(text).ParticipantIds);
}

/// <summary>
/// Session 23: a unit named the Romance way (a capital on its head only, its field in lower case) between a lead cue and
/// its parent body stands for the parent, as "the Drug Squad of the Guardia Civil" does with capitals.
/// </summary>
public sealed class Session23LowerCaseUnitLeadTests
{
    [Theory]
    [InlineData("Montréal, le 28 mai 2025 – Le projet Vortex, placé sous la responsabilité de la Section du crime organisé du SPVM, a débuté en janvier 2024.", "agency:spvm")]
    [InlineData("Madrid, 4 de marzo de 2026. La Operación Faro, dirigida por la Brigada de delitos económicos de la Guardia Civil, terminó con 12 detenidos.", "agency:guardia-civil")]
    [InlineData("Lisboa, 4 de março de 2026 — A Operação Farol, coordenada pela Unidade de combate à corrupção da Polícia Judiciária, terminou com 12 detidos.", "agency:portugal-pj")]
    public void TheParentOfALowerCaseUnitLeads(string text, string agency) =>
        Assert.Equal([agency], SingleEvent(text).LeadIds);

    [Fact]
    public void ALowerCaseUnitOfAHelperAfterAStopDoesNotLead() =>
        Assert.Equal(["agency:spain-national-police"], SingleEvent("Madrid, 4 de marzo de 2026. La Operación Faro, dirigida por la Policía Nacional con la ayuda de la Brigada de delitos económicos de la Guardia Civil, terminó con 12 detenidos.").LeadIds);
}
