using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Session 23 (issue 13): a demonym beside a currency's name names the currency, not a country.</summary>
public sealed class CurrencyDemonymTests
{
    [Theory]
    [InlineData("Le manque à gagner est évalué à 8,7 millions de dollars américains.", "US")]
    [InlineData("Se incautaron 40.000 dólares estadounidenses en efectivo en la vivienda.", "US")]
    [InlineData("Officers seized 90,000 Canadian dollars in cash from the car.", "CA")]
    [InlineData("A polícia apreendeu 12 mil dólares americanos num cofre.", "US")]
    public void ADemonymBesideACurrencyIsNoCountry(string text, string code) =>
        Assert.DoesNotContain(code, Countries(text));

    [Theory]
    [InlineData("Les autorités américaines ont transmis les relevés bancaires aux enquêteurs.", "US")]
    [InlineData("Canadian police arrested two men who had wired 90,000 dollars to Lagos.", "CA")]
    public void ADemonymAwayFromACurrencyStillNamesItsCountry(string text, string code) =>
        Assert.Contains(code, Countries(text));
}
