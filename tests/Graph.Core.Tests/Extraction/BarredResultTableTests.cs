using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// A results table written with a bar before its first cell as well as between cells: the countries of its rows took part,
/// as they do in a table whose rows start with the country.
/// </summary>
public sealed class BarredResultTableTests
{
    [Fact]
    public void TheCountriesOfABarredResultsTableTakePart()
    {
        var cooperation = SingleEvent("""
            Customs administrations detained undeclared cash during Operation Tin Purse, coordinated by the World Customs Organization.

            | Country | Value detained | Where |
            | Ghana | 410,000 | Accra airport |
            | Morocco | 980,000 | Tangier Med port |
            """);

        Assert.Contains("country:GH", cooperation.ParticipantIds);
        Assert.Contains("country:MA", cooperation.ParticipantIds);
    }

    [Fact]
    public void ABarredTableWhoseFirstColumnIsNoCountryColumnAddsNoParticipant()
    {
        var cooperation = SingleEvent("""
            Customs administrations detained undeclared cash during Operation Tin Purse, coordinated by the World Customs Organization.

            | Destination | Couriers |
            | Morocco | 12 |
            """);

        Assert.DoesNotContain("country:MA", cooperation.ParticipantIds);
    }
}
