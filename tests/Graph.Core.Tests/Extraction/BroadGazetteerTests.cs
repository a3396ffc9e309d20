using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 8: the gazetteer covers each country's financial intelligence unit, customs,
/// prosecution service and regional networks, with its native names, and folds units into their parents.
/// </summary>
public sealed class BroadGazetteerTests
{
    [Theory]
    [InlineData("Malta's FIAU traced the payments and passed them to Europol.", "agency:malta-fiau", "MT")]
    [InlineData("Turkey's MASAK froze the accounts at the request of the Guardia Civil.", "agency:turkey-masak", "TR")]
    [InlineData("The CENTIF du Mali shared its findings with the Gendarmerie nationale.", "agency:mali-centif", "ML")]
    [InlineData("Officers of the Policía de la Provincia de Buenos Aires raided a warehouse with the DEA.", "agency:argentina-pba", "AR")]
    [InlineData("The Korea Financial Intelligence Unit alerted the Korean National Police Agency.", "agency:korea-kofiu", "KR")]
    public void ANewlyListedBodyIsFoundWithItsCountry(string text, string id, string country)
    {
        var body = Assert.Single(Extract(text).Actors, a => a.Id == id);

        Assert.Equal(country, body.CountryCode);
    }

    [Theory]
    [InlineData("Unidad de Análisis Financiero y Económico", "UAFE", "agency:ecuador-uafe")]
    [InlineData("Cellule de traitement du renseignement financier", "CTRF", "agency:algeria-ctrf")]
    [InlineData("Gabinete de Informação Financeira de Moçambique", "GIFiM", "agency:mozambique-gifim")]
    [InlineData("Generalbundesanwalt", "Federal Public Prosecutor General", "agency:germany-gba")]
    public void ANativeNameAndAnotherNameAreOneBody(string native, string other, string id)
    {
        var ids = ActorIds($"The {native} and Europol met. Later the {other} searched a house.");

        Assert.Contains(id, ids);
        Assert.Single(ids, a => a.StartsWith("agency:", StringComparison.Ordinal) && a != "agency:europol");
    }

    [Theory]
    [InlineData("Bareskrim officers seized the boat with the Australian Federal Police.", "agency:indonesia-polri")]
    [InlineData("Investigators of Lahav 433 worked with the FBI.", "agency:israel-police")]
    [InlineData("The U.S. Border Patrol stopped the truck with Mexican officers of the Guardia Nacional.", "agency:cbp")]
    public void AUnitNamedAloneIsReadAsItsParent(string text, string parent) =>
        Assert.Contains(parent, ActorIds(text));

    [Fact]
    public void AnOfficeOfARegionalNetworkIsNotTheWholeNetwork()
    {
        var ids = ActorIds("The WCO Regional Intelligence Liaison Office for the Middle East (RILO ME) ran the hub.");

        Assert.Contains("agency:rilo-me", ids);
        Assert.DoesNotContain("agency:rilo", ids);
    }

    [Theory]
    [InlineData("Zurich Cantonal Police arrested six people with the Guardia Civil.", "agency:zurich-cantonal-police", "CH")]
    [InlineData("Osaka Prefectural Police arrested six people with the Guardia Civil.", "agency:osaka-prefectural-police", "JP")]
    public void ACantonalOrPrefecturalForceBelongsToItsCountry(string text, string id, string country)
    {
        var force = Assert.Single(Extract(text).Actors, a => a.Id == id);

        Assert.Equal(country, force.CountryCode);
    }
}
