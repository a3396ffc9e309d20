using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 26 (issue 13): bodies of a kind the lists lacked, bare names several countries' bodies share (read as the
/// report's own country's body or not at all), and short country forms. Each with what it must leave alone. The
/// sentences are written for these tests.
/// </summary>
public sealed class BodyKnowledgeSession26Tests
{
    [Theory]
    [InlineData("Bamako, 4 avril 2026\n\nLa Garde nationale a intercepté un camion chargé de munitions près de Gao, a indiqué la gendarmerie malienne.", "agency:mali-national-guard")]
    [InlineData("Niamey, 4 avril 2026\n\nLa Garde nationale a intercepté un camion chargé de munitions près d'Agadez, a indiqué la police nigérienne.", "agency:niger-national-guard")]
    [InlineData("Tunis, 4 avril 2026\n\nLa Garde nationale a intercepté un bateau de migrants au large de Sfax, a indiqué le ministère tunisien.", "agency:tunisia-police")]
    public void ABareNationalGuardIsTheReportCountrys(string text, string guard) =>
        Assert.Contains(guard, ActorIds(text));

    [Fact]
    public void ABareSpecialisedJudicialPoleIsTheReportCountrys()
    {
        var ids = ActorIds("Niamey, 4 avril 2026\n\nLes suspects ont été présentés au Pôle judiciaire spécialisé, qui a ouvert une information contre eux. La police nigérienne a saisi six fusils.");
        Assert.Contains("agency:niger-pjs", ids);
        Assert.DoesNotContain("agency:mali-pjs", ids);
    }

    [Fact]
    public void ABareSpecialisedJudicialPoleOfAnUnlistedCountryIsLeftUnread()
    {
        var ids = ActorIds("Dakar, 4 avril 2026\n\nLe Pôle judiciaire spécialisé a été saisi du dossier, a indiqué la police sénégalaise après la saisie au port.");
        Assert.DoesNotContain("agency:mali-pjs", ids);
        Assert.DoesNotContain("country:ML", ids);
    }

    [Fact]
    public void BareDouaneInAFrenchReportIsTheReportCountrysCustoms()
    {
        var ids = ActorIds("Cayenne, 4 avril 2026\n\nLa Douane a saisi 40 kilos d'or illégal sur le fleuve Maroni, en Guyane, avec les gendarmes français.");
        Assert.DoesNotContain("agency:dutch-customs", ids);
        Assert.DoesNotContain("country:NL", ids);
    }

    [Fact]
    public void DutchCustomsNamedWithTheirCountryStayDutch() =>
        Assert.Contains("agency:dutch-customs", ActorIds("Rotterdam, 4 April 2026\n\nDutch Customs found 900 kilos of cocaine in a container of bananas from Ecuador."));

    [Theory]
    [InlineData("Bissau, 4 de abril de 2026\n\nA Direção-Geral das Alfândegas apreendeu 300 quilos de castanha de caju declarada como arroz no porto.", "agency:guinea-bissau-customs")]
    [InlineData("Maputo, 4 de abril de 2026\n\nA Direção-Geral das Alfândegas apreendeu 300 quilos de marfim escondidos num contentor no porto da Beira.", "agency:mozambique-customs")]
    public void ABareCustomsDirectorateIsTheReportCountrys(string text, string customs) =>
        Assert.Contains(customs, ActorIds(text));

    [Fact]
    public void ABareCustomsDirectorateOfAnUnlistedCountryIsLeftUnread()
    {
        var ids = ActorIds("Luanda, 4 de abril de 2026\n\nA Direção-Geral das Alfândegas foi citada no relatório, disse a polícia angolana após a apreensão.");
        Assert.DoesNotContain("agency:guinea-bissau-customs", ids);
        Assert.DoesNotContain("country:GW", ids);
    }

    [Fact]
    public void ABareInteriorMinistryOfAChileanReportIsChiles() =>
        Assert.Contains("agency:chile-interior", ActorIds("Santiago de Chile, 4 de abril de 2026\n\nSegún el Ministerio del Interior, la Policía de Investigaciones detuvo a ocho personas en Arica."));

    [Fact]
    public void AFederalProsecutorsOfficeIsTheReportCountrysProsecution()
    {
        var ids = ActorIds("Posadas (Argentina), 4 de abril de 2026\n\nLa Fiscalía Federal pidió la detención de los tres acusados, a quienes la Gendarmería Nacional Argentina detuvo en la ruta 12.");
        Assert.Contains("agency:argentina-mpf", ids);
        Assert.DoesNotContain("agency:mexico-fgr", ids);
    }

    [Fact]
    public void TheAcronymNbiOfAFinnishReportIsFinlands()
    {
        var ids = ActorIds("Helsinki, 4 April 2026\n\nThe NBI searched six flats in Vantaa and Oulu and seized two servers used by the fraud ring in Finland.");
        Assert.Contains("agency:finland-nbi", ids);
        Assert.DoesNotContain("country:PH", ids);
    }

    [Fact]
    public void TheAcronymNbiOfAManilaReportStaysThePhilippines() =>
        Assert.Contains("agency:philippines-nbi", ActorIds("Manila, 4 April 2026\n\nThe NBI arrested five people in Pasay over an online scam that targeted workers in the Philippines."));

    [Theory]
    [InlineData("Officers from St Vincent and the Grenadines joined the patrol off Bequia.", "VC")]
    [InlineData("The boat had sailed from St. Lucia two days before the search.", "LC")]
    [InlineData("Police in St Kitts and Nevis seized twelve pistols in Basseterre.", "KN")]
    public void AStShortFormNamesItsCountry(string text, string code) =>
        Assert.Contains(code, Countries(text));

    [Fact]
    public void AStPlaceThatIsNoCountryIsLeftAlone() =>
        Assert.Empty(Countries("The suspects were held at St Albans police station overnight."));

    [Theory]
    [InlineData("The Sub-Regional Fisheries Commission coordinated the patrol of the trawler grounds off Guinea.", "agency:srfc")]
    [InlineData("The Asayish arrested two couriers in Erbil and passed their names to investigators in Iraq.", "agency:krg-asayish")]
    [InlineData("La Fuerza Aérea Ecuatoriana detectó el barco a 40 millas de la isla Isabela, en Ecuador.", "agency:ecuador-air-force")]
    [InlineData("La Agencia Nacional de Materiales Controlados (ANMaC) peritó las armas incautadas en Argentina.", "agency:argentina-anmac")]
    [InlineData("The Barbados Police Service seized nine pistols at Bridgetown port.", "agency:barbados-police")]
    public void ABodyTheListsLackedIsKnown(string text, string body) =>
        Assert.Contains(body, ActorIds(text));

    [Fact]
    public void TheSurreyPoliceServiceIsCanadas()
    {
        var ids = ActorIds("The Surrey Police Service and the RCMP arrested two men in British Columbia.");
        Assert.Contains("agency:surrey-police-service", ids);
        Assert.DoesNotContain("country:GB", ids);
    }

    [Fact]
    public void TheAirAndBorderPoliceOfAMalagasyReportAreMadagascars()
    {
        var ids = ActorIds("Antananarivo, 4 avril 2026\n\nLa Police de l'air et des frontières (PAF) a arrêté deux passeurs à l'aéroport d'Ivato, à Madagascar.");
        Assert.Contains("agency:madagascar-police", ids);
        Assert.DoesNotContain("country:FR", ids);
    }

    [Fact]
    public void TheAirAndBorderPoliceOfAFrenchReportStayFrances() =>
        Assert.Contains("agency:dcpaf", ActorIds("Paris, 4 avril 2026\n\nLa Police de l'air et des frontières a interpellé trois passeurs à Roissy, en France."));

    [Fact]
    public void AUnitOfTimorLestesPoliceIsNoAngolanService()
    {
        var ids = ActorIds("Díli, 4 de abril de 2026\n\nO Serviço de Investigação Criminal Nacional (SICN) deteve cinco pessoas em Díli, em Timor-Leste.");
        Assert.Contains("agency:timor-police", ids);
        Assert.DoesNotContain("country:AO", ids);
    }

    [Theory]
    [InlineData("Os suspeitos fugiram para Mianmar antes da operação.", "MM")]
    [InlineData("Les tableaux volés ont été rendus au Vatican la semaine dernière.", "VA")]
    public void ThePlainFormOfABracketedCountryNameIsTheCountry(string text, string code) =>
        Assert.Contains(code, Countries(text));
}
