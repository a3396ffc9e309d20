using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 23 (issue 13): "la police zambienne", "la policía boliviana", "a polícia moçambicana" name the country's one
/// listed police body, as the customs, coast guard, gendarmerie and navy nouns already do; a country with several police
/// bodies keeps its demonym, and a bare "la police" in a country's clause stays unnamed.
/// </summary>
public sealed class KindNamedPoliceTests
{
    [Theory]
    [InlineData("Deux chauffeurs ont été arrêtés à Chililabombwe par la police zambienne.", "agency:zambia-police")]
    [InlineData("Los dos hombres fueron entregados a la policía boliviana en Desaguadero.", "agency:bolivia-police")]
    [InlineData("Os camiões foram intercetados em Mwanza pela polícia malawiana.", "agency:malawi-police")]
    public void ThePoliceNounBeforeADemonymNamesThatCountrysPolice(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));

    [Fact]
    public void ACountryWithSeveralPoliceBodiesKeepsItsDemonym()
    {
        var extraction = Extract("Os suspeitos foram detidos em Foz do Iguaçu pela polícia brasileira.");

        Assert.DoesNotContain(extraction.Actors, a => a.Kind == Graph.Core.Model.ActorKind.Agency && a.CountryCode == "BR");
        Assert.Contains(extraction.Actors, a => a.Id == "country:BR");
    }

    [Fact]
    public void ABarePoliceInACountrysClauseStaysUnnamed() =>
        Assert.DoesNotContain("agency:togo-police", ActorIds("Au Togo, la police a découvert quatre tonnes de médicaments dans un entrepôt de Lomé."));
}
