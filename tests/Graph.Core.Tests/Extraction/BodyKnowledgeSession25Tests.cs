using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 25 (issue 13): names several countries' bodies share, read as the report's own country's body or not at all;
/// places that share a country's name; bodies of a kind the lists lacked. Each with what it must leave alone. The
/// sentences are written for these tests.
/// </summary>
public sealed class BodyKnowledgeSession25Tests
{
    [Theory]
    [InlineData("Asunción, 3 de marzo de 2026\n\nEl Ministerio del Interior anunció que la Policía Nacional detuvo a cuatro personas en Encarnación.", "agency:paraguay-interior")]
    [InlineData("Quito, 3 de marzo de 2026\n\nEl Ministerio del Interior anunció que la Policía Nacional detuvo a cuatro personas en Tulcán.", "agency:ecuador-interior")]
    [InlineData("Dakar, 3 mars 2026\n\nLe ministère de l'Intérieur a annoncé que la police nationale avait arrêté six passeurs à Mbour.", "agency:senegal-interior")]
    [InlineData("Luanda, 3 de março de 2026\n\nO Ministério do Interior informou que a polícia deteve seis pessoas no Soyo.", "agency:angola-minint")]
    public void ABareInteriorMinistryIsTheReportCountrys(string text, string ministry) =>
        Assert.Contains(ministry, ActorIds(text));

    [Fact]
    public void ABareInteriorMinistryOfAnUnlistedCountryIsLeftUnread()
    {
        // Argentina's interior ministry is none of the shared line's bodies: no other country's ministry stands in for it.
        var ids = ActorIds("Buenos Aires, 3 de marzo de 2026\n\nEl Ministerio del Interior de la Argentina y la Policía Federal Argentina informaron sobre el operativo en Rosario. El Ministerio del Interior destacó el trabajo de la Policía Federal Argentina.");
        Assert.DoesNotContain("agency:spanish-ministry-of-the-interior", ids);
        Assert.DoesNotContain("country:ES", ids);
    }

    [Fact]
    public void CarabinerosOfColombiasPoliceAreColombias()
    {
        var ids = ActorIds("Medellín, 3 de marzo de 2026\n\nLa Policía Nacional de Colombia, con su grupo de Carabineros, incautó 300 bloques de madera en Antioquia.");
        Assert.Contains("agency:colombia-police", ids);
        Assert.DoesNotContain("agency:carabineros", ids);
    }

    [Fact]
    public void CarabinerosInAChileanReportStayChiles() =>
        Assert.Contains("agency:carabineros", ActorIds("Santiago de Chile, 3 de marzo de 2026\n\nCarabineros detuvo a tres personas en Arica con 40 kilos de marihuana procedentes de Bolivia."));

    [Fact]
    public void TheFederalJudicialPoliceOfASwissReportIsFedpols()
    {
        var ids = ActorIds("Berne, 3 mars 2026\n\nSur mandat du Ministère public de la Confédération, la Police judiciaire fédérale (PJF) a perquisitionné deux fiduciaires à Lugano.");
        Assert.Contains("agency:swiss-fedpol", ids);
        Assert.DoesNotContain("country:BE", ids);
    }

    [Fact]
    public void TheFederalJudicialPoliceOfABelgianReportStaysBelgiums() =>
        Assert.Contains("agency:belgian-federal-police", ActorIds("Bruxelles, 3 mars 2026\n\nLa Police judiciaire fédérale d'Anvers a saisi deux tonnes de cocaïne dans le port, a indiqué le parquet belge."));

    [Fact]
    public void TheCongoleseNationalPoliceOfABrazzavilleReportIsTheRepublicOfTheCongos() =>
        Assert.Contains("agency:congo-police", ActorIds("Brazzaville, 3 mars 2026\n\nLa Police nationale congolaise a saisi 200 kilos d'écailles de pangolin à Ouesso, au Congo."));

    [Fact]
    public void TheCongoleseNationalPoliceOfAKinshasaReportStaysTheDrcs() =>
        Assert.Contains("agency:drc-police", ActorIds("Kinshasa, 3 mars 2026\n\nLa Police nationale congolaise a arrêté cinq trafiquants à Goma, en République démocratique du Congo."));

    [Fact]
    public void GeorgiaBesideAnotherUsStateIsTheState() =>
        Assert.DoesNotContain("country:GE", Countries("Los fusiles fueron comprados en armerías de Alabama y Georgia por testaferros, según la ATF."));

    [Fact]
    public void GeorgiaTheCountryStaysTheCountry() =>
        Assert.Contains("GE", Countries("Police in Georgia and Armenia arrested six members of the smuggling ring near the border crossing."));

    [Fact]
    public void LebanonBesideAUsStateIsATown() =>
        Assert.DoesNotContain("LB", Countries("The pills were pressed in a garage in Lebanon, Pennsylvania, and sold across three counties."));

    [Fact]
    public void AnIslandNamedByItsOwnNameIsNoIceland() =>
        Assert.DoesNotContain("IS", Countries("Officers searched two houses on Horn Island and a boat moored off the jetty."));

    [Fact]
    public void APrepositionOpeningASentenceIsNoPartOfTheBodysName()
    {
        var ids = ActorIds("MALÉ, 3 March 2026 — Through the Attorney General's Office, a request for legal assistance was sent to Sri Lanka.");
        Assert.DoesNotContain(ids, id => id.Contains("through", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Santo Domingo, 3 de marzo de 2026\n\nAgentes del Cuerpo Especializado en Seguridad Portuaria (CESEP) hallaron 40 pistolas en un contenedor en Haina.", "agency:dominican-cesep")]
    [InlineData("Quibdó, 3 de marzo de 2026\n\nLa Corporación Autónoma Regional para el Desarrollo Sostenible del Chocó y la Armada decomisaron 500 bloques de madera.", "agency:colombia-codechoco")]
    [InlineData("Cuiabá, 3 de março de 2026\n\nO Grupo Especial de Fiscalização Móvel e o Ministério Público do Trabalho resgataram 14 trabalhadores numa fazenda.", "agency:brazil-mpt")]
    [InlineData("Lisboa, 3 de março de 2026\n\nA Polícia Grã-Ducal apreendeu as peças no Luxemburgo a pedido da Polícia Judiciária.", "agency:luxembourg-police")]
    public void ABodyOfAKindTheListsLackedIsKnown(string text, string body) =>
        Assert.Contains(body, ActorIds(text));

    [Fact]
    public void TheBareAntiCorruptionProsecutorOfAPanamanianReportIsPanamas()
    {
        var ids = ActorIds("Ciudad de Panamá, 3 de marzo de 2026\n\nLa Fiscalía Anticorrupción aprehendió a siete funcionarios de la Autoridad Nacional de Aduanas en Colón.");
        Assert.Contains("agency:panama-mp", ids);
        Assert.Contains("agency:panama-customs", ids);
        Assert.DoesNotContain("agency:spain-prosecutor", ids);
    }
    [Theory]
    [InlineData("Garoua, 3 mars 2026\n\nLes deux braconniers ont été présentés au procureur de la République près le tribunal de Garoua.", "CM")]
    [InlineData("Libreville, 3 mars 2026\n\nLes suspects ont été déférés devant le procureur de la République près le tribunal de première instance de Franceville.", "GA")]
    [InlineData("Abidjan, 3 mars 2026\n\nLes trois hommes ont été conduits au parquet du tribunal de première instance de Daloa.", "CI")]
    public void AProsecutorNamedByTheCourtHeSitsAtIsTheProsecutionOfItsSeat(string text, string country) =>
        Assert.Contains(
            Extract(text).Actors,
            a => a.Kind == Graph.Core.Model.ActorKind.Agency && a.CountryCode == country
                && (a.Name.StartsWith("procureur de la République près", StringComparison.Ordinal) || a.Name.StartsWith("parquet du tribunal", StringComparison.Ordinal)));

    [Fact]
    public void AProsecutorWithNoListedSeatIsNoBody() =>
        Assert.DoesNotContain(
            Extract("Dakar, 3 mars 2026\n\nLe procureur de la République a annoncé l'ouverture d'une information judiciaire contre les passeurs.").Actors,
            a => a.Name.StartsWith("procureur", StringComparison.Ordinal));
    [Fact]
    public void TheMigrationInstituteInEnglishIsTheReportCountrys() =>
        Assert.Contains("agency:honduras-inm", ActorIds("TEGUCIGALPA, 3 March 2026 – The National Institute of Migration and the National Police of Honduras stopped two buses of migrants near Trojes."));

    [Fact]
    public void TheMigrationInstituteNamedWithMexicosBodiesIsMexicos() =>
        Assert.Contains("agency:mexico-inm", ActorIds("MEXICO CITY, 3 March 2026 – Agents of Mexico's Fiscalía General de la República and officers of the National Migration Institute raided two safe houses in Tapachula."));
}
