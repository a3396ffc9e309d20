using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Issue 17: bodies in no list whose Spanish, Portuguese or French name puts the head first and the country last.</summary>
public sealed class HeadFirstAgencyTests
{
    [Theory]
    // Niger's national guard is listed since session 17 ("Garde nationale" is shared with Tunisia's); an unlisted guard stands in.
    [InlineData("La Garde républicaine guinéenne a arrêté douze passeurs avec INTERPOL.", "Garde républicaine guinéenne", "country:GN")]
    [InlineData("A Força Policial de Moçambique e a Interpol detiveram oito suspeitos.", "Força Policial de Moçambique", "country:MZ")]
    [InlineData("La Fuerza Especial Antinarcóticos de Nicaragua y la DEA incautaron dos toneladas.", "Fuerza Especial Antinarcóticos de Nicaragua", "country:NI")]
    public void AHeadFirstNameEndingInItsCountryIsAnAgencyOfThatCountry(string text, string name, string country)
    {
        var extraction = Extract(text);
        var agency = Assert.Single(extraction.Actors, a => a.Name == name);

        Assert.Equal(country, "country:" + agency.CountryCode);
        Assert.Contains(agency.Id, Assert.Single(extraction.Events).ParticipantIds);
    }

    [Fact]
    public void AListedShortNameFollowedByAnotherCountryIsThatCountrysBody()
    {
        var cooperation = SingleEvent("La Gendarmerie nationale du Tchad et INTERPOL ont démantelé un réseau de passeurs.");

        Assert.DoesNotContain("agency:gendarmerie-nationale", cooperation.ParticipantIds);
        Assert.DoesNotContain("country:FR", cooperation.ParticipantIds);
        Assert.Contains("country:TD", cooperation.ParticipantIds);
    }

    [Fact]
    public void AHeadFollowedByACityNamesNoNewAgency() =>
        Assert.DoesNotContain(Extract("La Brigade de Marseille et la Guardia Civil ont saisi deux tonnes.").Actors, a => a.Name.StartsWith("Brigade", StringComparison.Ordinal));
}
