using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 23 (issue 13): the demonyms of every sovereign state in Spanish, Portuguese and French; island countries as
/// running text writes them ("las islas Caimán"); French "Maurice", the country unless it sits beside another name.
/// </summary>
public sealed class CountryFormsSession23Tests
{
    [Theory]
    [InlineData("La Policía Nacional detuvo en Valencia a tres ciudadanos uzbekos y a una mujer kazaja.", "UZ")]
    [InlineData("La Policía Nacional detuvo en Valencia a tres ciudadanos uzbekos y a una mujer kazaja.", "KZ")]
    [InlineData("A Polícia Judiciária deteve no Porto dois cidadãos somalis e um albanês.", "SO")]
    [InlineData("A Polícia Judiciária deteve no Porto dois cidadãos somalis e um albanês.", "AL")]
    [InlineData("Les passeurs, des ressortissants kirghizes et tadjiks, voyageaient via Istanbul.", "KG")]
    [InlineData("Les passeurs, des ressortissants kirghizes et tadjiks, voyageaient via Istanbul.", "TJ")]
    [InlineData("La police a interpellé deux Népalais et une ressortissante sri-lankaise à l'aéroport.", "LK")]
    public void ADemonymOfEveryStateNamesItsCountry(string text, string country) =>
        Assert.Contains(country, Countries(text));

    [Theory]
    [InlineData("Parte del dinero acabó en sociedades de las islas Caimán.", "KY")]
    [InlineData("O dinheiro foi transferido para as ilhas Cayman através de duas empresas.", "KY")]
    [InlineData("Les fonds transitaient par des sociétés enregistrées aux îles Vierges britanniques.", "VG")]
    [InlineData("Les fonds transitaient par des sociétés enregistrées à Maurice.", "MU")]
    public void AnIslandCountryInRunningTextIsRead(string text, string country) =>
        Assert.Contains(country, Countries(text));

    [Theory]
    [InlineData("Le juge Maurice Kouamé a placé les quatre suspects sous mandat de dépôt.")]
    [InlineData("Selon Jean Maurice, porte-parole de la gendarmerie, les suspects ont avoué.")]
    public void MauriceBesideAnotherNameIsAPerson(string text) =>
        Assert.DoesNotContain("MU", Countries(text));

    [Fact]
    public void AnIndigenousIndioIsNoIndian() =>
        Assert.DoesNotContain("IN", Countries("La fiscalía imputó a tres comuneros indios de la sierra por tala ilegal."));
}
