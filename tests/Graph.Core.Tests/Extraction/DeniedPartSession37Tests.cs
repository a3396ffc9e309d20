using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 37: a part denied through a noun ("no role", "ningún papel", "qualquer participação", "aucun rôle") or in one task of
/// the operation ("in the boarding", "nas buscas", "aux perquisitions"), by a pronoun that counts the bodies it stands for
/// ("neither of the two agencies", "ninguna de las dos instituciones"), or through a light verb ("n'a joué aucun rôle") is the
/// body's part denied in the operation, whatever tip it gave before. Officers of a country denied one task, and the subject
/// of a sentence whose noun of taking part names another body, keep their part. The keeper of a database others consult takes no
/// part by that mention; a body that acts through its database, or a database that acts, keeps it. Every sentence is written for
/// the test.
/// </summary>
public sealed class DeniedPartSession37Tests
{
    private const string English = "QUITO, 5 May 2026 — Ecuador's National Police arrested eleven people in Operation Cotopaxi Gate, which broke up a network that hid cocaine in flower boxes. ";
    private const string Spanish = "Quito, 5 de mayo de 2026.– La Policía Nacional del Ecuador detuvo a once personas en la Operación Puerta Azul, contra una red que ocultaba cocaína en cajas de flores. ";
    private const string Portuguese = "Praia, 5 de maio de 2026 (Inforpress) – A Polícia Judiciária de Cabo Verde deteve onze pessoas na Operação Porta Azul, contra uma rede que escondia cocaína em caixas de flores. ";
    private const string French = "Dakar, 5 mai 2026 – La Gendarmerie nationale sénégalaise a interpellé onze personnes lors de l'opération Porte Bleue, contre un réseau qui cachait de la cocaïne dans des cartons de fleurs. ";

    [Theory]
    [InlineData(English + "Colombia's National Police flagged the boat to the Ecuadorians in March. Colombia's National Police had no role in the boarding of the boat, officials said.", "agency:colombia-police")]
    [InlineData(Spanish + "La Policía Nacional de Colombia aportó los datos del barco; la Policía Nacional de Colombia no tuvo ningún papel en el abordaje.", "agency:colombia-police")]
    [InlineData(Portuguese + "A informação inicial veio da Polícia Federal do Brasil, que seguia o barco desde Natal; a Polícia Federal do Brasil não teve qualquer participação nas buscas.", "agency:brazil-pf")]
    [InlineData(French + "Europol avait signalé le bateau en mars ; Europol n'a pas participé aux perquisitions.", "agency:europol")]
    public void ABodyDeniedItsPartInATaskTakesNoPart(string text, string actor) =>
        Assert.DoesNotContain(actor, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData(English + "The tip came from the FBI and from Europol, but neither of the two agencies took part in the arrests.", "agency:fbi", "agency:europol")]
    [InlineData(Spanish + "La DEA aportó la alerta inicial y Europol analizó los teléfonos, aunque ninguna de las dos instituciones intervino en los registros.", "agency:dea", "agency:europol")]
    [InlineData(Portuguese + "A DEA enviou o alerta e a Europol cruzou os dados, mas nenhum dos dois organismos participou nas detenções.", "agency:dea", "agency:europol")]
    [InlineData(French + "La DEA a signalé le bateau et Europol a analysé les téléphones, mais aucune des deux agences n'a participé aux interpellations.", "agency:dea", "agency:europol")]
    public void ACountedPronounDeniesTheBodiesItCounts(string text, string first, string second)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.DoesNotContain(first, participants);
        Assert.DoesNotContain(second, participants);
    }

    [Theory]
    [InlineData(French + "Europol avait signalé le bateau en mars. Europol n'a joué aucun rôle dans l'arraisonnement du navire.", "agency:europol")]
    [InlineData(French + "Europol avait signalé le bateau en mars. Europol n'a eu aucun rôle dans les perquisitions.", "agency:europol")]
    [InlineData(French + "La Police nationale française avait signalé le bateau en mars, mais la Police nationale française n'a joué aucun rôle dans l'arraisonnement.", "agency:police-nationale")]
    public void ALightVerbDoesNotHideTheDenial(string text, string actor) =>
        Assert.DoesNotContain(actor, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData(English + "The tip came from Colombia's National Police. Colombian officers did not take part in the searches.", "agency:colombia-police")]
    [InlineData(Spanish + "La Armada del Ecuador actuó sin la participación de la Policía Nacional de Colombia en los registros.", "agency:ecuador-navy")]
    public void AnotherBodysDenialLeavesThePart(string text, string actor) =>
        Assert.Contains(actor, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData(English + "Detectives ran every seized passport against the INTERPOL Stolen and Lost Travel Documents database.")]
    [InlineData(Spanish + "Antes de cada arresto, los agentes compararon los pasaportes incautados con las bases de datos de INTERPOL.")]
    [InlineData(Portuguese + "Os inspetores verificaram cada passaporte apreendido na base de dados da Interpol.")]
    [InlineData(French + "Les gendarmes ont vérifié chaque passeport saisi dans les bases de données d'INTERPOL.")]
    public void TheKeeperOfADatabaseOthersConsultTakesNoPart(string text) =>
        Assert.DoesNotContain("agency:interpol", SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData(English + "INTERPOL supported the operation through its database of stolen travel documents.")]
    [InlineData(English + "Interpol's database of stolen passports flagged four of the suspects.")]
    public void ABodyOrADatabaseThatActsKeepsThePart(string text) =>
        Assert.Contains("agency:interpol", SingleEvent(text).ParticipantIds);
}
