using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 17, session 7: leads given by nationality with the noun first, joint conduct told by an adverb,
/// and arrest counts told far from their verb or as a total in the language's own words.
/// </summary>
public sealed class RomanceJointLeadAndTotalTests
{
    [Theory]
    [InlineData("Una ofensiva liderada por las autoridades paraguayas terminó con diez detenidos. En ella actuaron la SENAD y la Gendarmería Nacional Argentina.", "agency:paraguay-senad")]
    [InlineData("Uma operação liderada pelas autoridades moçambicanas permitiu deter nove suspeitos. Participaram o SERNIC e o Serviço de Investigação Criminal de Angola.", "agency:mozambique-sernic")]
    [InlineData("Une opération dirigée par les autorités sénégalaises a permis d'interpeller douze passeurs. L'action a réuni la Police nationale sénégalaise et la Police malienne.", "agency:senegal-police")]
    [InlineData("Sous le leadership des autorités sénégalaises, une opération a permis d'interpeller douze passeurs. L'action a réuni la Police nationale sénégalaise et la Police malienne.", "agency:senegal-police")]
    public void ALeadByNationalityWithTheNounBeforeTheDemonymGoesToThatCountrysBody(string text, string lead) =>
        Assert.Equal([lead], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("La Policía Nacional y la Policía Federal Argentina trabajaron conjuntamente en la Operación Tango, con el apoyo de Europol.", "agency:spain-national-police", "agency:argentina-pfa")]
    [InlineData("A Polícia Federal e a Polícia Nacional do Paraguai atuaram conjuntamente, nesta terça-feira (22), contra uma quadrilha de armas, com apoio da Receita Federal.", "agency:brazil-pf", "agency:paraguay-police")]
    [InlineData("La Police fédérale belge et la Police nationale néerlandaise ont agi conjointement dans l'opération Delta, avec l'appui d'Europol.", "agency:belgian-federal-police", "agency:dutch-national-police")]
    public void BodiesThatConductAnOperationJointlyBothLeadIt(string text, string first, string second) =>
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), SingleEvent(text).LeadIds.Order(StringComparer.Ordinal));

    [Fact]
    public void UnderABodysLeadershipMakesItTheLead() =>
        Assert.Equal(["agency:europol"], SingleEvent("Sous le leadership d'Europol, la Police fédérale belge et la Police nationale néerlandaise ont interpellé douze personnes.").LeadIds);

    [Theory]
    [InlineData("La Guardia Civil, con Europol, detuvo en una operación nocturna a los cabecillas de la red.")]
    [InlineData("A Polícia Judiciária e a Europol prenderam em uma ação conjunta os líderes do grupo.")]
    public void AnArticleThatAlsoMeansOneIsNoArrestCount(string text) =>
        Assert.DoesNotContain("arrests", SingleEvent(text).Figures.Keys);

    [Theory]
    [InlineData("La Guardia Civil y Europol han detenido en una investigación conjunta a 16 personas, 10 de ellas en España.", 16)]
    [InlineData("A Polícia Federal e a Europol prenderam durante a manhã desta terça-feira 14 suspeitos em três estados.", 14)]
    public void ACountOfPeopleMayStandSeveralWordsAfterItsArrestVerb(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures["arrests"]);

    [Fact]
    public void ATotalInTheLanguagesOwnNumberWordsWinsOverItsParts() =>
        Assert.Equal(21, SingleEvent("Con la SENAD y AMERIPOL terminó con once personas detenidas en Paraguay, siete en Argentina y tres en Uruguay, en total veintiuna capturas.").Figures["arrests"]);

    [Fact]
    public void TheFrenchNameOfMauritaniasPoliceIsThatBody() =>
        Assert.Contains("agency:mauritania-police", SingleEvent("La Sûreté nationale mauritanienne et INTERPOL ont démantelé un réseau de passeurs.").ParticipantIds);

    [Fact]
    public void APortugueseDemonymWithTheLongerStemNamesItsCountry() =>
        Assert.Contains("ZW", Countries("O SERNIC e a INTERPOL resgataram jovens zimbabueanas levadas para Luanda."));

    [Fact]
    public void TheBodyThatCarriedOutTheOperationLeadsBesideACoordinatorThatDidNot()
    {
        var kalao = SingleEvent("La Douane sénégalaise a conduit du 18 au 29 septembre l'opération Kalao, sous la coordination de l'Organisation mondiale des douanes.");

        Assert.Equal(new[] { "agency:senegal-customs", "agency:wco" }.Order(StringComparer.Ordinal), kalao.LeadIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ACueThatPicksOneOfTheBodiesThatCarriedItOutLeavesTheOthersParticipants()
    {
        var cooperation = SingleEvent("O Ministério Público Federal (MPF) e a Polícia Federal deflagraram nesta quinta-feira a Operação Ponte. A operação, sob a coordenação do MPF, contou com a Europol.");

        Assert.Equal(["agency:brazil-mpf"], cooperation.LeadIds);
        Assert.Contains("agency:brazil-pf", cooperation.ParticipantIds);
    }

    [Fact]
    public void AnAcronymInBracketsDoesNotEndTheListOfBodiesThatCarriedItOut() =>
        Assert.Equal(
            new[] { "agency:brazil-mpf", "agency:brazil-pf" }.Order(StringComparer.Ordinal),
            SingleEvent("O Ministério Público Federal (MPF) e a Polícia Federal deflagraram nesta quinta-feira a Operação Ponte com a Europol.").LeadIds.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("L'OFAST et la Marine nationale ont arraisonné un navire. Sept membres d'équipage ont été interpellés.", 7)]
    [InlineData("La PLCC et INTERPOL ont démantelé le réseau. Dix-sept suspects, dont deux ressortissants nigérians et un Béninois, ont été interpellés.", 17)]
    [InlineData("La Guardia Civil y Europol desarticularon la red. Doce personas, de las cuales tres mujeres, fueron detenidas.", 12)]
    public void TheArrestVerbMayFollowACountPastAComplementOrAnAsideOfItsParts(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures["arrests"]);
}
