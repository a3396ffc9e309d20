using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 27 (issue 13): courts and prosecutors named by their seat rather than by a listed name, each with what the rule
/// must leave alone. The sentences are written for these tests.
/// </summary>
public sealed class CourtsBySeatSession27Tests
{
    private static IEnumerable<Actor> Agencies(string text) => Extract(text).Actors.Where(a => a.Kind == ActorKind.Agency);

    [Fact]
    public void AProsecutorOfACityIsThatCitysOffice() =>
        Assert.Contains(
            Agencies("The coast guard held two skippers off Crete and took them before the Public Prosecutor of Heraklion on Friday."),
            a => a.Name == "Public Prosecutor of Heraklion" && a.CountryCode == "GR");

    [Fact]
    public void AProsecutorOfACityThatOnlyReceivesTheSuspectsTakesNoPart()
    {
        var extraction = Extract("The Hellenic Coast Guard arrested four smugglers near Chania, who were brought before the Public Prosecutor of Chania.");

        Assert.DoesNotContain(extraction.Events.SelectMany(e => e.ParticipantIds), p => p.Contains("chania", StringComparison.Ordinal));
    }

    [Fact]
    public void AProsecutorsTitleBeforeAPersonIsNoBody() =>
        Assert.DoesNotContain(
            Agencies("Public Prosecutor Eleni Markou said the two skippers would be charged with smuggling migrants."),
            a => a.Name.Contains("Prosecutor", StringComparison.Ordinal));

    [Fact]
    public void AProsecutorOfAPlaceNoListKnowsIsNoBody() =>
        Assert.DoesNotContain(
            Agencies("The report was sent to the Prosecutor of Records for filing."),
            a => a.Name.Contains("Prosecutor", StringComparison.Ordinal));

    [Fact]
    public void LawCourtsNamedAfterTheirSeatAreACourt() =>
        Assert.Contains(
            Agencies("NAIROBI, 4 May 2026 — The Directorate of Criminal Investigations arrested three men in Eastleigh; they will be arraigned at the Kibera Law Courts on Tuesday."),
            a => a.Name == "Kibera Law Courts");

    [Fact]
    public void LawCourtsThatHearTheCaseTakeNoPart()
    {
        var extraction = Extract("NAIROBI, 4 May 2026 — The Directorate of Criminal Investigations arrested three men in Eastleigh; they will be arraigned at the Kibera Law Courts on Tuesday.");

        Assert.DoesNotContain(extraction.Events.SelectMany(e => e.ParticipantIds), p => p.Contains("courts", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCourtsInLowerCaseAndACourtStreetAreNoBody()
    {
        var agencies = Agencies("The courts heard the case in March, and the suspects were held in a flat on Court Street near the Tennis Courts.");

        Assert.DoesNotContain(agencies, a => a.Name.Contains("Court", StringComparison.Ordinal));
    }

    [Fact]
    public void ADemonymBeforeACourtNamedWithItsSeatIsNotPartOfItsName() =>
        Assert.Contains(
            Agencies("The Swedish District Court of Uppsala remanded the two couriers in custody for four weeks."),
            a => a.Name == "District Court of Uppsala" && a.CountryCode == "SE");

    [Fact]
    public void ADemonymBeforeACourtWithNoSeatStaysInItsName() =>
        Assert.Contains(
            Agencies("The Swedish Supreme Court refused to hear the couriers' appeal."),
            a => a.Name == "Swedish Supreme Court");
}
