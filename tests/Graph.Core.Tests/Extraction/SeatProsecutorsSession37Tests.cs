using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 37: a seat's prosecutor named by its post and its city in any order, and a parquet whose own charge stands
/// between it and the court it sits at.
/// </summary>
public sealed class SeatProsecutorsSession37Tests
{
    [Theory]
    [InlineData("The two skippers were brought before the Nouadhibou public prosecutor on Thursday.", "Nouadhibou public prosecutor", "MR")]
    [InlineData("Customs handed the seized fins to the public prosecutor of Puntarenas, who opened a file.", "public prosecutor of Puntarenas", "CR")]
    [InlineData("A case file went to the regional prosecutor's office in Katowice after the raids.", "regional prosecutor's office in Katowice", "PL")]
    [InlineData("The Lima prosecutor asked a judge to keep the three men in custody.", "Lima prosecutor", "PE")]
    public void AProsecutorsPostWithItsSeatNamesTheSeatsOffice(string text, string name, string country)
    {
        var office = Assert.Single(Extract(text).Actors, a => a.Kind == ActorKind.Agency);

        Assert.Equal(name, office.Name);
        Assert.Equal(country, office.CountryCode);
    }

    [Theory]
    [InlineData("A prosecutor said the two men would be charged next week.")]
    [InlineData("The public prosecutor in charge of the file declined to comment.")]
    public void AProsecutorsPostWithNoListedSeatNamesNoBody(string text) =>
        Assert.DoesNotContain(Extract(text).Actors, a => a.Kind == ActorKind.Agency);

    [Theory]
    [InlineData("Les suspects seront présentés au parquet chargé de la lutte contre le terrorisme près la Cour d'appel de Rabat.", "parquet chargé de la lutte contre le terrorisme près la Cour d'appel de Rabat")]
    [InlineData("Le dossier a été transmis au parquet chargé des affaires de criminalité financière près la Cour d'appel de Casablanca.", "parquet chargé des affaires de criminalité financière près la Cour d'appel de Casablanca")]
    [InlineData("Les passeurs ont été déférés au parquet compétent en matière de traite des êtres humains près le tribunal de Tanger.", "parquet compétent en matière de traite des êtres humains près le tribunal de Tanger")]
    public void AParquetWhoseChargeStandsBeforeItsCourtIsTheParquet(string text, string name) =>
        Assert.Contains(Extract(text).Actors, a => a.Kind == ActorKind.Agency && a.Name == name);

    [Theory]
    [InlineData("The Nouadhibou Public Prosecutor's Office opened the case in March. Officers searched two warehouses at the Nouadhibou prosecutor's request.")]
    [InlineData("The Lyon Public Prosecutor's Office opened the case in March. Officers searched two warehouses at the Lyon prosecutor's request.")]
    public void TheSeatsPostAfterTheOfficesFullNameCallsTheSameOfficeBack(string text) =>
        Assert.Single(Extract(text).Actors, a => a.Kind == ActorKind.Agency);
}
