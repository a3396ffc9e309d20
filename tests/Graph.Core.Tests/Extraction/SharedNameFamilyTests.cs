using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 23 (issue 13): names that many countries' bodies bear — the English "Public Ministry", the DGSN, CENTIF,
/// UIF, UAF, the National Bureau of Investigation, the Polícia Judiciária — list every listed body that bears them, so
/// the report's own country picks; with no country of its own, a report keeps the first listed body.
/// </summary>
public sealed class SharedNameFamilyTests
{
    [Theory]
    [InlineData("Santo Domingo, 4 May 2026 — The Public Ministry charged nine men after raids in the Dominican Republic and in Santiago, Dominican Republic.", "agency:dominican-pgr", "agency:guatemala-mp")]
    [InlineData("Tirana, 4 May 2026 — Officers of the National Bureau of Investigation arrested a judge in Albania; two more were held in Durrës, Albania.", "agency:albania-nbi", "agency:philippines-nbi")]
    [InlineData("Rabat, 4 May 2026 — The Directorate of Territorial Surveillance broke up a cell of four men in Morocco, in Fez and Tangier.", "agency:morocco-dgst", "agency:niger-dst")]
    public void AnEnglishSharedNameTakesTheReportsCountry(string text, string chosen, string passedOver)
    {
        var ids = ActorIds(text);

        Assert.Contains(chosen, ids);
        Assert.DoesNotContain(passedOver, ids);
    }

    [Theory]
    [InlineData("Abidjan, 4 mars 2026 — La CENTIF a signalé les virements au parquet d'Abidjan; la police ivoirienne a arrêté deux gérants en Côte d'Ivoire.", "agency:ivory-coast-centif", "agency:senegal-centif")]
    [InlineData("Nuakchot, 4 de marzo de 2026 — En Mauritania, la Dirección General de la Seguridad Nacional detuvo a seis captadores en Nuadibú, Mauritania.", "agency:mauritania-police", "agency:morocco-dgsn")]
    [InlineData("Luanda, 4 de março de 2026 — A Unidade de Informação Financeira (UIF) de Angola enviou relatórios à PGR sobre contas em Angola.", "agency:angola-uif", "agency:italy-uif")]
    [InlineData("Santo Domingo, 4 de marzo de 2026 — La Unidad de Análisis Financiero detectó giros desde la República Dominicana hacia Panamá.", "agency:dominican-uaf", "agency:chile-uaf")]
    [InlineData("Macau, 4 de março de 2026 — A Polícia Judiciária deteve em Macau onze pessoas; a PJ apreendeu telemóveis em Macau.", "agency:macau-police", "agency:portugal-pj")]
    public void ANativeSharedNameTakesTheReportsCountry(string text, string chosen, string passedOver)
    {
        var ids = ActorIds(text);

        Assert.Contains(chosen, ids);
        Assert.DoesNotContain(passedOver, ids);
    }

    [Theory]
    [InlineData("Guatemala City, 4 May 2026 — The Public Ministry raided six offices of the customs broker in Guatemala.", "agency:guatemala-mp")]
    [InlineData("Manila, 4 May 2026 — The National Bureau of Investigation arrested three call-centre bosses in the Philippines.", "agency:philippines-nbi")]
    [InlineData("Dakar, 4 mars 2026 — La CENTIF a transmis trois rapports au parquet financier du Sénégal.", "agency:senegal-centif")]
    [InlineData("Roma, 4 de março de 2026 — A UIF italiana assinalou as transferências à Guardia di Finanza.", "agency:italy-uif")]
    [InlineData("Lisboa, 4 de março de 2026 — A Polícia Judiciária deteve dois homens em Portugal por burla informática.", "agency:portugal-pj")]
    public void TheBodyAlreadyReadIsKeptInItsOwnCountrysReport(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));

    [Fact]
    public void FrancesNationalForcesCarryTheirEnglishNames()
    {
        var actors = Extract("Paris, 4 March 2026 — The Police nationale and the Gendarmerie nationale arrested eleven people in France.").Actors;

        Assert.Contains(actors, a => a.Id == "agency:police-nationale" && a.Name == "French National Police");
        Assert.Contains(actors, a => a.Id == "agency:gendarmerie-nationale" && a.Name == "French National Gendarmerie");
    }
}
