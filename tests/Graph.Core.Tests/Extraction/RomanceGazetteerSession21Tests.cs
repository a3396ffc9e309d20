using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 21 (issue 13): the Spanish, Portuguese and French gazetteer's systematic pass (migration, drug, anti-corruption,
/// environment bodies and the units that fold into their parent) and the sub-national names closed by a state, a
/// province or a court's seat.
/// </summary>
public sealed class RomanceGazetteerSession21Tests
{
    [Theory]
    [InlineData("Agentes del CESFRONT entregaron a los detenidos a la Armada dominicana.", "agency:dominican-cesfront")]
    [InlineData("El SAIME y el CICPC revisaron los pasaportes de los viajeros.", "agency:venezuela-saime")]
    [InlineData("A Comissão Anti-Corrupção de Timor-Leste abriu um inquérito com a PNTL.", "agency:timor-cac")]
    [InlineData("Le BIANCO a transmis le dossier à la Gendarmerie nationale malgache.", "agency:madagascar-bianco")]
    [InlineData("Des inspecteurs de l'Office français de la biodiversité ont saisi des civelles avec la douane.", "agency:france-ofb")]
    [InlineData("A Polícia de Guarda Fronteira deteve quatro cidadãos no rio Zaire.", "agency:angola-pgf")]
    public void ABodyOfTheSystematicPassIsRecognised(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));

    [Theory]
    [InlineData("Agentes de la DIPRONA decomisaron loros en Petén, Guatemala.", "agency:guatemala-pnc")]
    [InlineData("O SEPNA recolheu as aves apreendidas em Portugal.", "agency:portugal-gnr")]
    [InlineData("La Légion de gendarmerie de Thiès a interpellé trois passeurs au Sénégal.", "agency:senegal-gendarmerie")]
    public void AUnitIsReadAsItsParent(string text, string parent) =>
        Assert.Contains(parent, ActorIds(text));

    [Theory]
    [InlineData("La Dirección General de Migración y Extranjería detuvo a seis personas en Managua, Nicaragua.", "agency:nicaragua-dgme")]
    [InlineData("La Dirección General de Migración y Extranjería detuvo a seis personas en San José, Costa Rica.", "agency:costa-rica-dgme")]
    [InlineData("A Unidade de Informação Financeira comunicou as transferências suspeitas, em Luanda, Angola.", "agency:angola-uif")]
    [InlineData("LIÈGE — La PJF de Liège a perquisitionné six maisons en Belgique.", "agency:belgian-federal-police")]
    [InlineData("THIÈS — La PJF a été saisie du dossier des marchés publics au Sénégal.", "agency:senegal-pjf")]
    public void AMigrationOrIntelligenceNameSeveralCountriesShareTakesTheReportsCountry(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));

    [Theory]
    [InlineData("La Policía Estatal de Zacatecas detuvo a tres hombres en México.", "agency:policia-estatal-de-zacatecas", "MX")]
    [InlineData("A Polícia Penal de Roraima transferiu os presos, no Brasil.", "agency:policia-penal-de-roraima", "BR")]
    [InlineData("La Policía de Investigaciones del Estado de Sonora detuvo a dos hombres en México.", "agency:policia-de-investigaciones-del-estado-de-sonora", "MX")]
    [InlineData("Le parquet de Cayenne a ouvert une enquête avec la Marine nationale.", "agency:cayenne-prosecutor", "FR")] // listed since session 33
    public void AForceOrProsecutorNamedWithItsStateOrSeatBelongsToItsCountry(string text, string id, string country)
    {
        var body = Assert.Single(Extract(text).Actors, a => a.Id == id);
        Assert.Equal(country, body.CountryCode);
    }

    [Fact]
    public void ASeatedProsecutorAloneInItsSentenceIsFound() =>
        Assert.Contains("agency:parquet-de-papeete", ActorIds("La Marine nationale a saisi deux navires. Le parquet de Papeete a été saisi du dossier."));

    [Fact]
    public void AListedForceNamedWithAStateOfItsOwnCountryStaysTheListedForce()
    {
        var ids = ActorIds("La Polícia Federal do Paraná prendeu dois homens no Brasil.");

        Assert.Contains("agency:brazil-pf", ids);
        Assert.DoesNotContain(ids, id => id.Contains("parana", StringComparison.Ordinal));
    }

    [Fact]
    public void ACityPoliceIsNotMadeABodyOfItsOwnByTheCityAlone() =>
        Assert.DoesNotContain(ActorIds("La Brigade de recherches de Dakar a interpellé deux hommes au Sénégal."),
            id => id.Contains("dakar", StringComparison.Ordinal));

    [Fact]
    public void APlainParquetNamesNoBody() =>
        Assert.DoesNotContain(ActorIds("Le parquet a été saisi par la Police nationale."), id => id.Contains("parquet", StringComparison.Ordinal));
}
