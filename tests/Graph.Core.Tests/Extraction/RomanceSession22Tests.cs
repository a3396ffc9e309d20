using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 22 (issue 13): armed forces, revenue and fisheries bodies of the Spanish-, Portuguese- and French-speaking
/// countries; bare names those countries share; the scene a clause sets by opening on a country; courts found by their
/// native shape.
/// </summary>
public sealed class RomanceSession22Tests
{
    [Theory]
    [InlineData("El Ejército de Chile aportó drones a los Carabineros en la frontera norte.", "agency:chile-army")]
    [InlineData("Las Forças Armadas de Defesa de Moçambique escoltaram os agentes do SERNIC.", "agency:mozambique-fadm")]
    [InlineData("Les Forces armées maliennes ont escorté les douaniers jusqu'à Gao.", "agency:mali-fama")]
    [InlineData("La Dirección Nacional de Ingresos Tributarios revisó las facturas con la SENAD.", "agency:paraguay-dnit")]
    [InlineData("Revenu Québec et la Sûreté du Québec ont saisi six tonnes de tabac.", "agency:revenu-quebec")]
    [InlineData("A Direção das Pescas inspecionou o arrastão com a Guarda Costeira de São Tomé e Príncipe.", "agency:sao-tome-fisheries")]
    [InlineData("A Direction de la protection et de la surveillance des pêches partilhou as posições do navio com a FISCAP.", "agency:senegal-dpsp")]
    [InlineData("O inquérito, dirigido pelo DIAP de Faro, levou a GNR a deter três homens.", "agency:portugal-prosecutor")]
    [InlineData("La Fuerza de Seguridad Interinstitucional Nacional allanó tres casas con la Policía Nacional de Honduras.", "agency:honduras-fusina")]
    public void ABodyOfTheSession22PassIsRecognised(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));

    [Theory]
    [InlineData("Tegucigalpa, 3 de mayo de 2026 — La Fuerza Naval interceptó una lancha con armas en el golfo.", "agency:honduras-navy")]
    [InlineData("San Salvador, 3 de mayo de 2026 — La Fuerza Naval interceptó una lancha con armas en el golfo.", "agency:el-salvador-navy")]
    [InlineData("Bissau, 3 de maio de 2026 — A Guarda Nacional deteve quatro pescadores ilegais.", "agency:guinea-bissau-guard")]
    [InlineData("Lima, 3 de mayo de 2026 — El Ejército destruyó dos pistas clandestinas con la Policía Nacional del Perú.", "agency:peru-army")]
    public void ABareNameSeveralCountriesShareTakesTheReportsCountry(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));

    [Fact]
    public void AClauseOpeningOnACountryGivesASharedNameToThatCountry()
    {
        var ids = ActorIds("Bamako, 3 mars 2026 — L'opération a visé deux pays. Côté sénégalais, la Gendarmerie nationale a arrêté cinq passeurs avec la police malienne.");

        Assert.Contains("agency:senegal-gendarmerie", ids);
        Assert.DoesNotContain("agency:mali-gendarmerie", ids);
    }

    [Fact]
    public void ACountryFarIntoTheSentenceSetsNoScene() =>
        Assert.DoesNotContain("agency:senegal-gendarmerie", ActorIds(
            "Bamako, 3 mars 2026 — Les passeurs venaient du Sénégal, et la Gendarmerie nationale en a arrêté cinq avec la police malienne."));

    [Fact]
    public void AKindNounInACountrysClauseIsThatCountrysBody()
    {
        var ids = ActorIds("Le BRLR a coordonné l'opération. Au Cameroun, la douane a démantelé un atelier; au Burkina Faso, la gendarmerie a saisi deux camions.");

        Assert.Contains("agency:cameroon-customs", ids);
        Assert.Contains("agency:burkina-gendarmerie", ids);
    }

    [Fact]
    public void AKindNounWithoutAScenePicksNoCountry() =>
        Assert.DoesNotContain(Extract("La douane a saisi trois tonnes de tramadol au port.").Actors, a => a.Kind == Graph.Core.Model.ActorKind.Agency);

    [Theory]
    [InlineData("Madrid, 5 de marzo de 2026 — La Guardia Civil, bajo la dirección del Juzgado de Instrucción número 3 de Alcobendas, detuvo a seis personas.", "Juzgado de Instrucción número 3 de Alcobendas", "ES")]
    [InlineData("Lisboa, 5 de março de 2026 — A GNR deteve seis pessoas, que serão presentes ao Tribunal Judicial da Comarca de Beja.", "Tribunal Judicial da Comarca de Beja", "PT")]
    [InlineData("Lyon, 5 mars 2026 — Les suspects seront présentés au tribunal judiciaire de Lyon après leur garde à vue.", "tribunal judiciaire de Lyon", "FR")]
    [InlineData("Tunis, 5 mars 2026 — Les passeurs ont été déférés devant le parquet près le tribunal de première instance de Sfax 2.", "parquet près le tribunal de première instance de Sfax 2", "TN")]
    public void ACourtNamedWithItsSeatIsAnAgencyOfItsCountry(string text, string name, string country)
    {
        var court = Assert.Single(Extract(text).Actors, a => a.Name == name);
        Assert.Equal(country, court.CountryCode);
    }

    [Theory]
    [InlineData("Lyon, 5 mars 2026 — Le tribunal de commerce a placé la société en liquidation.")]
    [InlineData("Madrid, 5 de marzo de 2026 — El Tribunal Supremo confirmó la condena de los cuatro acusados.")]
    public void ACourtWithoutASeatIsNotDiscovered(string text) =>
        Assert.DoesNotContain(Extract(text).Actors, a => a.Name.StartsWith("tribunal", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void ASharedNameWithItsCountryKeepsThatFormAndTheCountry()
    {
        var extraction = Extract("La Direction générale des douanes du Niger a saisi deux tonnes de tramadol avec l'OCRTIS.");
        var customs = Assert.Single(extraction.Actors, a => a.Id == "agency:niger-customs");

        Assert.Contains("Direction générale des douanes du Niger", customs.Aliases);
        Assert.Contains(extraction.Actors, a => a.Id == "country:NE");
    }
}
