using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 32 (issue 13): the forestry, wildlife, anti-drug and anti-corruption bodies of the French-speaking countries
/// that the lists lacked, and their bare names ("les Eaux et Forêts", "le ministère de la Sécurité") read as the report's
/// own country's body or not at all. The sentences are written for these tests.
/// </summary>
public sealed class FrancophoneBodiesSession32Tests
{
    [Theory]
    [InlineData("Bamako, 9 avril 2026\n\nDes agents des Eaux et Forêts et la gendarmerie ont saisi 40 grumes de bois de vène près de Kita.", "agency:mali-dnef")]
    [InlineData("Niamey, 9 avril 2026\n\nLa Direction générale des Eaux et Forêts a arrêté trois braconniers dans le parc du W.", "agency:niger-dgef")]
    [InlineData("Dakar, 9 avril 2026\n\nLes Eaux et Forêts ont intercepté un camion de charbon de bois à Tambacounda.", "agency:senegal-defccs")]
    [InlineData("Libreville, 9 avril 2026\n\nLe ministère des Eaux et Forêts a saisi 300 kilos d'écailles de pangolin à Lambaréné.", "agency:gabon-minef")]
    public void ABareForestryServiceIsTheReportCountrys(string text, string service) =>
        Assert.Contains(service, ActorIds(text));

    [Fact]
    public void ABareForestryServiceOfACountryWithNoneListedIsLeftUnread()
    {
        // France's forests office has another name: no African country's service stands in for "les Eaux et Forêts" in Lyon.
        var ids = ActorIds("Lyon, 9 avril 2026\n\nUn ancien garde des Eaux et Forêts a été entendu par la police nationale au sujet d'un trafic de bois.");
        Assert.DoesNotContain("agency:senegal-defccs", ids);
        Assert.DoesNotContain("country:SN", ids);
    }

    [Fact]
    public void TheFrenchForestsOfficeIsFrances()
    {
        var ids = ActorIds("Cayenne, 9 avril 2026\n\nLes gendarmes et les agents de l'Office national des forêts (ONF) ont détruit deux barges d'orpaillage sur l'Oyapock.");
        Assert.Contains("agency:france-onf", ids);
    }

    [Fact]
    public void MadagascarsAntiCorruptionPoleIsOneBody()
    {
        var ids = ActorIds("Antananarivo, 9 avril 2026\n\nLes trafiquants de bois de rose ont été déférés devant le Pôle anti-corruption d'Antananarivo, a indiqué la gendarmerie.");
        Assert.Contains("agency:madagascar-pac", ids);
    }

    [Theory]
    [InlineData("Ouagadougou, 9 avril 2026\n\nLe Comité national de lutte contre la drogue a fait incinérer deux tonnes de cannabis.", "agency:burkina-cnld")]
    [InlineData("Yaoundé, 9 avril 2026\n\nLe Comité national de lutte contre la drogue a fait incinérer deux tonnes de cannabis.", "agency:cameroon-cnld")]
    public void ABareAntiDrugCommitteeIsTheReportCountrys(string text, string committee) =>
        Assert.Contains(committee, ActorIds(text));

    [Fact]
    public void ABareSecurityMinistryIsTheReportCountrys()
    {
        var ids = ActorIds("N'Djamena, 9 avril 2026\n\nSur instruction du ministère de la Sécurité publique, la police nationale a démantelé un réseau de passeurs à Abéché.");
        Assert.Contains("agency:chad-security-ministry", ids);
        Assert.DoesNotContain("agency:madagascar-security-ministry", ids);
    }
}
