using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 20: categories of false and missed participants that the session-19 Spanish, Portuguese and French held-out
/// reports (retired into dev) showed: authorities that only receive what an operation found, bodies that will act only
/// after it, an army named bare, and a Mexican federal unit whose name begins like another country's police. Every
/// sentence is written for the test.
/// </summary>
public sealed class RomanceSession20Tests
{
    [Theory]
    [InlineData("Porto, 4 de março de 2026 — A Polícia Judiciária desmantelou uma rede de contrafação na Operação Selo. Os dados dos compradores foram transmitidos às autoridades francesas e belgas.", "country:FR", "country:BE")]
    [InlineData("Sevilla, 4 de marzo de 2026. La Guardia Civil desarticuló una red de fraude en la Operación Sello. La lista de cuentas fue remitida a las autoridades italianas y griegas.", "country:IT", "country:GR")]
    [InlineData("Lyon, le 4 mars 2026 – La Gendarmerie nationale a démantelé un atelier de contrefaçon lors de l'opération Sceau. La liste des acheteurs a été transmise aux autorités allemandes et autrichiennes.", "country:DE", "country:AT")]
    public void AuthoritiesThatOnlyReceiveTheFindingsTakeNoPart(string text, string first, string second)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.DoesNotContain(first, participants);
        Assert.DoesNotContain(second, participants);
    }

    [Theory]
    [InlineData("Porto, 4 de março de 2026 — A Polícia Judiciária desmantelou uma rede de contrafação na Operação Selo, com a colaboração das autoridades francesas.", "country:FR")]
    [InlineData("Lyon, le 4 mars 2026 – La Gendarmerie nationale a démantelé un atelier lors de l'opération Sceau. Les autorités allemandes ont interpellé deux complices à Munich.", "country:DE")]
    public void AuthoritiesThatWorkedOnTheCaseStillTakePart(string text, string country) =>
        Assert.Contains(country, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Quito, 4 de marzo de 2026. La Policía Nacional desarticuló una red de contrabando en la Operación Muelle. La Fiscalía General del Estado formulará cargos contra los detenidos este lunes.", "agency:ecuador-prosecutor")]
    [InlineData("Manaus, 4 de março de 2026 — A Polícia Federal prendeu onze garimpeiros na Operação Igarapé. O Ministério Público Federal (MPF) informou que vai pedir à Justiça o bloqueio de bens dos financiadores.", "agency:brazil-mpf")]
    [InlineData("Québec, le 4 mars 2026 – La Sûreté du Québec a arrêté six fraudeurs lors du projet Héron. Le Directeur des poursuites criminelles et pénales déposera des accusations la semaine prochaine.", "agency:quebec-dpcp")]
    public void ABodyThatWillActOnlyAfterTheOperationTakesNoPart(string text, string agency) =>
        Assert.DoesNotContain(agency, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Quito, 4 de marzo de 2026. La Policía Nacional y la Fiscalía General del Estado desarticularon una red de contrabando en la Operación Muelle.", "agency:ecuador-prosecutor")]
    [InlineData("Manaus, 4 de março de 2026 — A Polícia Federal e o Ministério Público Federal (MPF) deflagraram a Operação Igarapé contra o garimpo ilegal.", "agency:brazil-mpf")]
    public void ABodyThatActedInTheOperationStillTakesPart(string text, string agency) =>
        Assert.Contains(agency, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Boa Vista, 4 de março de 2026 — A Polícia Federal destruiu dez balsas na Operação Rio Branco, com apoio logístico do Exército, que cedeu dois helicópteros.", "agency:brazil-army")]
    [InlineData("Évora, 4 de março de 2026 — A GNR apreendeu três toneladas de haxixe em Portugal na Operação Montado, com meios do Exército.", "agency:portugal-army")]
    public void ABareArmyIsTheReportCountrys(string text, string army) =>
        Assert.Contains(army, SingleEvent(text).ParticipantIds);

    [Fact]
    public void MexicosFederalMinisterialPoliceIsNotArgentinasFederalPolice()
    {
        var ids = ActorIds("Hermosillo, Sonora, 4 de marzo de 2026. Agentes de la Policía Federal Ministerial, de la Fiscalía General de la República, catearon dos bodegas y aseguraron 40 fusiles.");
        Assert.Contains("agency:mexico-fgr", ids);
        Assert.DoesNotContain("agency:argentina-pfa", ids);
        Assert.DoesNotContain("country:AR", ids);
    }

    [Theory]
    [InlineData("Rosario, 4 de marzo de 2026. La investigación, bajo la dirección de la Procuraduría de Criminalidad Económica y Lavado de Activos (PROCELAC), terminó con nueve detenidos. Los procedimientos en Santa Fe estuvieron a cargo de la Gendarmería Nacional Argentina.", "agency:argentina-gna")]
    [InlineData("Bruselas, 4 de marzo de 2026. La Operación Dique, dirigida por la Fiscalía Federal de Bélgica, terminó con cinco detenidos, a cargo de la Policía Federal belga.", "agency:belgian-federal-police")]
    public void ABodyInChargeOfThePartsOfTheActionTakesPartWithoutLeading(string text, string agency)
    {
        var found = SingleEvent(text);
        Assert.Contains(agency, found.ParticipantIds);
        Assert.DoesNotContain(agency, found.LeadIds);
    }

    [Fact]
    public void ABodyInChargeOfTheOperationItselfStillLeads() =>
        Assert.Contains("agency:peru-pnp", SingleEvent("Puerto Maldonado, 4 de marzo de 2026. El operativo denominado Ágata estuvo a cargo de la Policía Nacional del Perú, que rescató a once víctimas.").LeadIds);

    [Theory]
    [InlineData("Amberes, 4 de marzo de 2026. La policía belga incautó 900 kilos de cocaína. La operación, bautizada como Caimán, terminó con tres detenidos.", "Operation Caimán")]
    [InlineData("Sines, 4 de março de 2026 — A GNR apreendeu duas toneladas de haxixe. A operação, batizada como Levante, terminou com quatro detidos.", "Operation Levante")]
    public void ANameAfterANamingParticipleAndComoIsTheOperations(string text, string name) =>
        Assert.Equal(name, SingleEvent(text).Name);

    [Theory]
    [InlineData("Natal, 4 de março de 2026 — A Polícia Federal deflagrou a Operação Renda contra o abuso infantil na internet. Cinco investigados foram presos em Natal e Mossoró.", 5)]
    [InlineData("Mendoza, 4 de marzo de 2026. La Policía Federal Argentina desbarató una banda de estafadores en la Operación Viñedo. Seis implicados fueron detenidos en Mendoza y San Juan.", 6)]
    public void PeopleNamedByTheirPartInTheCaseAreCountedWhenArrested(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures["arrests"]);

    [Theory]
    [InlineData("Córdoba, 4 de marzo de 2026. La Policía Federal Argentina desbarató una red de estafas en la Operación Sierra y detuvo a tres personas en Córdoba y a otras dos en Rosario.", 5)]
    [InlineData("Maputo, 4 de março de 2026 — O SERNIC desmantelou uma rede de raptores na Operação Baía e prendeu quatro pessoas em Maputo e outras duas na Matola.", 6)]
    public void AFurtherCountAfterAWordOfMoreAndAPlaceAddsToTheArrests(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures["arrests"]);

    [Fact]
    public void AFurtherCountOfGoodsAddsNoArrests() =>
        Assert.Equal(3, SingleEvent("Córdoba, 4 de marzo de 2026. La Policía Federal Argentina detuvo a tres personas en la Operación Sierra y secuestró otras dos toneladas de marihuana en Rosario.").Figures["arrests"]);

    [Theory]
    [InlineData("Madrid, 4 de marzo de 2026. La Guardia Civil y la aduana francesa intervinieron 900 kilos de cocaína en la Operación Dique.", "agency:french-customs")]
    [InlineData("Lisboa, 4 de março de 2026 — A PJ e a guarda costeira italiana apreenderam 900 quilos de cocaína na Operação Dique.", "agency:italian-coast-guard")]
    [InlineData("Marseille, le 4 mars 2026 – La Police nationale et la douane belge ont saisi 900 kilos lors de l'opération Digue.", "agency:belgian-customs")]
    [InlineData("Cartagena, 4 de marzo de 2026. La Policía Nacional y la armada ecuatoriana interceptaron una lancha en la Operación Faro.", "agency:ecuador-navy")]
    public void AKindNounBeforeADemonymIsThatCountrysBodyOfTheKind(string text, string agency) =>
        Assert.Contains(agency, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Miami, 4 de marzo de 2026. La Guardia Civil y la aduana estadounidense intervinieron 900 kilos de cocaína en la Operación Dique.", "country:US")]
    [InlineData("Sevilla, 4 de marzo de 2026. La Policía Nacional y la aduana española intervinieron 900 kilos de cocaína en la Operación Dique.", "country:ES")]
    public void AKindNounBeforeADemonymStaysTheCountryWhenTheGazetteerHasNoSingleBodyOfTheKind(string text, string country)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.Contains(country, participants);
        Assert.DoesNotContain(participants, id => id.Contains("customs", StringComparison.Ordinal) && !id.Contains("guardia", StringComparison.Ordinal));
    }

    [Fact]
    public void ADemonymAfterAGoodsNounNamesNoBody() =>
        Assert.DoesNotContain("agency:french-customs", ActorIds("Madrid, 4 de marzo de 2026. La Guardia Civil intervino vino francés y aceite en la Operación Dique."));

    [Fact]
    public void ASharedProsecutionNameSeatedInAForeignCityIsThatCitysBody()
    {
        var found = Extract("Guayaquil, 4 de marzo de 2026. La Policía Nacional detuvo a tres personas en la Operación Dique, dirigida por la Fiscalía de Amberes.");
        var seated = Assert.Single(found.Actors, a => a.Id == "agency:fiscalia-de-amberes");
        Assert.Equal("BE", seated.CountryCode);
        Assert.DoesNotContain("agency:ecuador-prosecutor", found.Events.Single().LeadIds);
    }

    [Theory]
    [InlineData("Málaga, 4 de marzo de 2026. La Policía Nacional detuvo a tres personas en la Operación Dique, dirigida por la Fiscalía de Málaga.", "agency:spain-prosecutor")]
    [InlineData("Lima, 4 de marzo de 2026. La PNP detuvo a tres personas en la Operación Dique, dirigida por la Fiscalía de Lima.", "agency:peru-prosecutor")]
    public void ASharedProsecutionNameSeatedInACityOfItsOwnCountriesFoldsIntoTheNationalService(string text, string prosecutor) =>
        Assert.Contains(prosecutor, SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("POLICIALES | CUSCO\n\nCaen tres traficantes de madera en la selva\n\nPor Ana Mamani | 9 de junio de 2025 | 08:40 h\n\nLa Policía Nacional del Perú detuvo a tres personas en la Operación Cedro.", "2025-06-09")]
    [InlineData("SOCIÉTÉ\n\nYaoundé : un réseau de faussaires démantelé\n\nPar Paul Mbarga - 3 févr. 2025 à 14:10\n\nLa gendarmerie a interpellé quatre faussaires lors de l'opération Cachet.", "2025-02-03")]
    public void AShortBylineUnderASectionLineAndAHeadlineGivesTheReportsDate(string text, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Extract(text).Date);

    [Fact]
    public void AShortSentenceOfTheStoryUnderTheHeadlineGivesNoDate() =>
        Assert.Null(Extract("SOCIÉTÉ\n\nYaoundé : un réseau de faussaires démantelé\n\nLe réseau est tombé le 3 février 2025 à Douala.\n\nLa gendarmerie a interpellé quatre faussaires.").Date);

    [Theory]
    [InlineData("Manaus, 4 de março de 2026 — A Polícia Federal destruiu dez balsas na Operação Rio Negro. A PF não disse se houve pedido de cooperação às autoridades colombianas.", "country:CO")]
    [InlineData("Montevideo, 4 de marzo de 2026. La Policía Nacional desarticuló una red de estafas en la Operación Rambla. Los pedidos de cooperación a las autoridades paraguayas siguen sin respuesta.", "country:PY")]
    [InlineData("Marseille, le 4 mars 2026 – La Police nationale a démantelé un réseau lors de l'opération Calanque. Une demande d'entraide aux autorités marocaines a été envoyée.", "country:MA")]
    public void AuthoritiesAskedForCooperationTakeNoPartByTheRequest(string text, string country) =>
        Assert.DoesNotContain(country, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Sevilla, 4 de marzo de 2026. La Guardia Civil desarticuló una red de narcolanchas en la Operación Marea y detuvo a 14 personas en Huelva y Cádiz. En Portugal, la Polícia Judiciária detuvo a tres colaboradores en Faro.", 17)]
    [InlineData("Sevilla, 4 de marzo de 2026. La Guardia Civil detuvo a 14 personas en Huelva en la Operación Marea. Paralelamente, la Polícia Judiciária detuvo a tres colaboradores en Faro.", 17)]
    [InlineData("Tanger, le 4 mars 2026 – La DGSN a interpellé douze passeurs à Tanger lors de l'opération Détroit. De leur côté, les autorités espagnoles ont interpellé deux complices à Algésiras.", 14)]
    [InlineData("Maputo, 4 de março de 2026 — O SERNIC prendeu nove raptores em Maputo na Operação Resgate. Na África do Sul, os Hawks prenderam dois cúmplices em Joanesburgo.", 11)]
    public void ArrestsOfAnotherPlaceToldAfterAPlacedCountAddToIt(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures["arrests"]);

    [Theory]
    [InlineData("Montréal, le 4 mars 2026 – Trente et une personnes ont été arrêtées au Québec et en France lors du projet Lueur. Au Québec, 24 suspects ont été arrêtés ; en France, les policiers en ont interpellé sept.", 31)]
    [InlineData("Lyon, le 4 mars 2026 – INTERPOL annonce 76 arrestations dans une opération contre la fraude en ligne baptisée Quetzal. En Espagne, la police a interpellé quatorze suspects.", 76)]
    public void ABreakdownOfACountAlreadyToldAddsNothing(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures["arrests"]);
}
