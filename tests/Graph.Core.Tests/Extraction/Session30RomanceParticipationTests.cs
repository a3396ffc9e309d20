using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 30 (issue 13): Spanish, Portuguese and French countries listed after a phrase of taking part that names when it
/// happened by months alone ("entre juin et août", "en mayo").
/// </summary>
public sealed class Session30RomanceParticipationTests
{
    [Theory]
    [InlineData("L'opération Métier, coordonnée par INTERPOL, a permis soixante arrestations. Quatre pays y ont pris part entre mars et mai : le Bénin, le Niger, le Mali et le Tchad.")]
    [InlineData("L'opération Métier, coordonnée par INTERPOL, a permis soixante arrestations. Quatre pays y ont pris part en mai : le Bénin, le Niger, le Mali et le Tchad.")]
    public void CountriesListedAfterASpanOfMonthsTakePart(string text) =>
        Assert.Equal(
            ["country:BJ", "country:ML", "country:NE", "country:TD"],
            SingleEvent(text).ParticipantIds.Where(id => id.StartsWith("country:", StringComparison.Ordinal)).Order());
}
