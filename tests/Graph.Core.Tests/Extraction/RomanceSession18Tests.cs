using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 18: what the session-17 Spanish, Portuguese and French held-out reports (retired into dev) showed our
/// rules did not read, as categories: countries in a closing list of participants or in rows of results per
/// country, field bodies outside police and customs, an acronym the report gives a body in brackets, leads told
/// by a relative clause whose subject follows its verb, by a unit named head first before its body, by joint
/// conduct and joint entrusting, a bracketed date between an operation verb and the operation, and people counted
/// in smuggling stories. Every sentence is written for the test.
/// </summary>
public sealed class RomanceSession18Tests
{
    [Theory]
    [InlineData("Quito, 9 de junio de 2026. La Operación Páramo, coordinada por AMERIPOL, cerró con 70 detenidos.\n\nPaíses participantes: Ecuador, Perú, Colombia y Panamá.", "country:PA")]
    [InlineData("Maputo, 9 de Junho de 2026 — A Operação Savana, coordenada pela INTERPOL, terminou ontem. Países participantes: Moçambique, Tanzânia, Malawi e Zâmbia.", "country:MW")]
    public void AClosingListOfParticipatingCountriesTakesPart(string text, string country)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.Contains(country, participants);
        Assert.Equal(5, participants.Count());
    }

    [Theory]
    [InlineData("Abuja, 9 June 2026 — Operation Dry Harmattan, coordinated by INTERPOL, ended last week.\n\nResults by country:\nNigeria | 31 | 4.2\nGhana | 12 | 1.1\nTogo | 9 | 0.7", "country:TG")]
    [InlineData("Lima, 9 de junio de 2026. La Operación Páramo, coordinada por AMERIPOL, terminó ayer.\n\n• Bolivia: 14 detenidos.\n• Chile: 6 detenidos.", "country:CL")]
    [InlineData("São Paulo, 9 de junho de 2026 — A Operação Garoa, coordenada pela AMERIPOL, terminou.\nUruguai – 5 presos\nArgentina – 8 presos", "country:UY")]
    public void ARowOfResultsPerCountryTakesPart(string text, string country) =>
        Assert.Contains(country, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Dakar, le 9 juin 2026 — L'opération Harmattan, coordonnée par l'OMD, s'est achevée.\n\nPays | Saisies | Tonnes\nSénégal | 12 | 3,1\nMali | 7 | 1,4", true)]
    [InlineData("Dakar, le 9 juin 2026 — L'opération Harmattan, coordonnée par l'OMD, s'est achevée.\n\nPays d'origine | Conteneurs\nSénégal | 12\nMali | 7", false)]
    [InlineData("Lima, 9 de junio de 2026. La Operación Páramo, coordinada por AMERIPOL, terminó ayer.\n\nPaís | Detenidos\nBolivia | 14\nChile | 6", true)]
    public void ARowUnderATableHeaderIsReadByItsHeader(string text, bool takesPart) =>
        Assert.Equal(takesPart, SingleEvent(text).ParticipantIds.Any(id => id is "country:ML" or "country:CL"));

    [Fact]
    public void ADatelineThatOpensWithACountryIsNoRowOfResults() =>
        Assert.DoesNotContain("country:BO", SingleEvent("BOLIVIA – 9 de junio de 2026. AMERIPOL coordinó la Operación Niebla con la Policía Federal de Brasil.").ParticipantIds);

    [Theory]
    [InlineData("Asunción, 9 de junio de 2026. La Dirección de Material Bélico (DIMABEL) incautó 40 fusiles en la Operación Trueno.", "agency:paraguay-dimabel")]
    [InlineData("Ciudad de Guatemala, 9 de junio de 2026. Agentes del Instituto Guatemalteco de Migración rescataron a 30 migrantes en la Operación Frontera.", "agency:guatemala-igm")]
    [InlineData("Bissau, 9 de Junho de 2026 — A FISCAP apreendeu dois arrastões na Operação Mar Limpo.", "agency:guinea-bissau-fiscap")]
    [InlineData("Kinshasa, 9 juin 2026 – Des écogardes de l'Institut congolais pour la conservation de la nature ont saisi de l'ivoire lors de l'opération Okapi.", "agency:drc-iccn")]
    [InlineData("Libreville, 9 juin 2026 – L'Agence nationale des parcs nationaux a démantelé un réseau de braconniers lors de l'opération Mandrill.", "agency:gabon-anpn")]
    [InlineData("Laval, le 9 juin 2026 – Le Service de police de Laval a arrêté six fraudeurs lors du projet Écho.", "agency:laval-police")]
    public void AFieldBodyOutsidePoliceAndCustomsTakesPart(string text, string agency) =>
        Assert.Contains(agency, SingleEvent(text).ParticipantIds);

    [Fact]
    public void AnAcronymGivenInBracketsIsThatBodysToTheEndOfTheReport()
    {
        var found = SingleEvent("Huambo, 9 de Junho de 2026 — O Comando da Polícia Nacional de Angola (PNA) dirigiu a Operação Planalto. A PNA informou que seis pessoas foram detidas.");
        Assert.Equal(["agency:angola-police"], found.LeadIds);
        Assert.DoesNotContain("agency:argentina-pna", found.ParticipantIds);
        Assert.DoesNotContain("country:AR", found.ParticipantIds);
    }

    [Fact]
    public void AFrenchOfficesAcronymIsNotTheAmericanOfficeOfTheSameLetters()
    {
        var found = SingleEvent("Paris, le 9 juin 2026 – L'Office anti-cybercriminalité (OFAC) a piloté l'opération Pare-feu. L'OFAC a saisi quatre serveurs.");
        Assert.Equal(["agency:police-nationale"], found.LeadIds);
        Assert.DoesNotContain("country:US", found.ParticipantIds);
    }

    [Fact]
    public void TheColombianPolicesRuralDirectorateIsNotChilesCarabineros()
    {
        var participants = SingleEvent("Medellín, 9 de junio de 2026. Uniformados de la Dirección de Carabineros y Seguridad Rural participaron en la Operación Cafetal, dirigida por la Fiscalía.").ParticipantIds;
        Assert.Contains("agency:colombia-police", participants);
        Assert.DoesNotContain("country:CL", participants);
    }

    [Theory]
    [InlineData("Cádiz, 9 de junio de 2026. Las redes desmanteladas en la operación Levante, que dirigió la Policía Nacional, movían hachís.", "agency:spain-national-police")]
    [InlineData("Porto, 9 de junho de 2026 — Os contentores foram retidos na Operação Maré, que coordenou a Autoridade Tributária e Aduaneira.", "agency:portugal-at")]
    [InlineData("Nantes, le 9 juin 2026 – Les saisies de l'opération Estuaire, que pilotait la douane française, ont duré trois mois.", "agency:french-customs")]
    public void ARelativeClauseWithItsSubjectAfterTheVerbLeads(string text, string lead) =>
        Assert.Equal([lead], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("Lima, 9 de junio de 2026. La Operación Puna fue coordinada por la Dirección contra el tráfico ilícito de drogas de la Policía Nacional del Perú.", "agency:peru-pnp")]
    [InlineData("Genève, le 9 juin 2026 – L'opération Léman a été dirigée par la Brigade des stupéfiants de la police cantonale genevoise.", "agency:geneva-police")]
    public void AUnitNamedHeadFirstLeadsAsItsBody(string text, string lead) =>
        Assert.Equal([lead], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("Nampula, 9 de Junho de 2026 — A Operação Costa foi conduzida conjuntamente pelo SERNIC e pela Polícia da República de Moçambique.", "agency:mozambique-sernic", "agency:mozambique-prm")]
    [InlineData("Lyon, le 9 juin 2026 – Les investigations, confiées conjointement à l'OFAST et à la gendarmerie nationale, ont abouti à l'opération Rhône.", "agency:ocrtis", "agency:gendarmerie-nationale")]
    public void JointConductOrJointEntrustingMakesEachBodyALead(string text, string first, string second)
    {
        var leads = SingleEvent(text).LeadIds.ToHashSet();
        Assert.Contains(first, leads);
        Assert.Contains(second, leads);
    }

    [Theory]
    [InlineData("Cali, 9 de junio de 2026. La Operación Caña, adelantada por la Fiscalía General de la Nación, dejó nueve capturados.", "agency:colombia-fiscalia")]
    [InlineData("Recife, 9 de junho de 2026 — A Polícia Federal, por meio da Delegacia de Repressão a Drogas, deflagrou nesta segunda-feira (8/6) a Operação Mangue.", "agency:brazil-pf")]
    [InlineData("Mons, le 9 juin 2026 – L'opération Borinage, dirigée par le parquet du Hainaut, a visé un atelier de faux billets.", "agency:hainaut-prosecutor")]
    public void AConductingBodyLeads(string text, string lead) =>
        Assert.Equal([lead], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("Saint-Louis, 9 juin 2026 – La Gendarmerie nationale a conduit l'opération Fleuve. Onze convoyeurs présumés ont été arrêtés à la frontière.", 11)]
    [InlineData("Almería, 9 de junio de 2026. La Guardia Civil dirigió la operación Duna. Cinco traficantes fueron detenidos en la playa.", 5)]
    public void PeopleCountedInASmugglingStoryAreArrests(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures[FigureKeys.Arrests]);

    [Fact]
    public void HaitisJudicialPoliceDirectorateIsHaitisPolice()
    {
        var found = SingleEvent("Port-au-Prince, 9 juin 2026 – La Direction centrale de la police judiciaire (DCPJ) a démantelé un dépôt d'armes lors de l'opération Citadelle.");
        Assert.Equal(["agency:haiti-police"], found.LeadIds);
        Assert.DoesNotContain("country:FR", found.ParticipantIds);
    }

    [Fact]
    public void ABodyOnlyAskedForHelpTakesNoPart()
    {
        var participants = SingleEvent("Montevideo, 9 de junio de 2026. La Policía Nacional del Uruguay dirigió la Operación Muelle. Para ubicar al proveedor se solicitó asistencia a la Policía Nacional de Paraguay.").ParticipantIds;
        Assert.DoesNotContain("agency:paraguay-police", participants);
        Assert.DoesNotContain("country:PY", participants);
    }

    [Theory]
    [InlineData("Libreville, 9 juin 2026 – L'opération Mandrill, coordonnée par INTERPOL, a mobilisé la police gabonaise. L'opération a été financée par le gouvernement allemand.", "country:DE")]
    [InlineData("Lima, 9 de junio de 2026. La Operación Puna, coordinada por AMERIPOL, fue financiada por el gobierno japonés.", "country:JP")]
    [InlineData("Maputo, 9 de Junho de 2026 — A Operação Savana, coordenada pela INTERPOL, foi financiada pelo governo norueguês.", "country:NO")]
    public void AGovernmentThatOnlyFundedTakesNoPart(string text, string country) =>
        Assert.DoesNotContain(country, SingleEvent(text).ParticipantIds);
}
