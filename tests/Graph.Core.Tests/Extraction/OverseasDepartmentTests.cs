using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 23 (issue 13): France's overseas departments and regions are parts of France, read as regions, not countries;
/// the overseas collectivities keep their own codes.
/// </summary>
public sealed class OverseasDepartmentTests
{
    [Theory]
    [InlineData("La gendarmerie a intercepté à Mayotte un bateau venu des Comores.", "YT")]
    [InlineData("Deux passeurs ont été transférés à La Réunion pour y être jugés.", "RE")]
    [InlineData("Customs officers in Guadeloupe and Martinique seized 300 kilograms of cocaine.", "GP")]
    [InlineData("Customs officers in Guadeloupe and Martinique seized 300 kilograms of cocaine.", "MQ")]
    [InlineData("La Guardia Nacional detuvo a seis hombres en Guadalupe, Zacatecas.", "GP")]
    public void AnOverseasDepartmentIsNoCountry(string text, string code) =>
        Assert.DoesNotContain(code, Countries(text));

    [Fact]
    public void AnOverseasDepartmentLeavesTheCountryBesideIt() =>
        Assert.Contains("KM", Countries("La gendarmerie a intercepté à Mayotte un bateau venu des Comores."));

    [Fact]
    public void AnOverseasCollectivityKeepsItsCode() =>
        Assert.Contains("NC", Countries("Customs officers in New Caledonia seized 40 kilograms of methamphetamine."));
}
