using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// A listed acronym is known by its capitals; in a line written all in capitals, as wire headlines often are, any word
/// looks like one, so an acronym there names no body. Longer names and acronyms in ordinary sentences are read as before.
/// </summary>
public sealed class AcronymInCapitalsTests
{
    [Fact]
    public void AFrenchWordInACapitalisedHeadlineIsNotAnAcronym()
    {
        var report = Extract("SAISIE DE CHANVRE DANS UN CAMION SANS PLAQUES\n\nLomé, le 4 avril 2025 – La gendarmerie togolaise a saisi "
            + "deux tonnes de chanvre indien à la frontière avec le Ghana.");

        Assert.DoesNotContain(report.Actors, a => a.CountryCode == "BG");
    }

    [Fact]
    public void AnAcronymInAnOrdinarySentenceIsStillABody()
    {
        var report = Extract("Bulgarian raid\n\nSofia, 4 April 2025 – DANS officers searched three offices of a trading firm in Sofia.");

        Assert.Contains(report.Actors, a => a.Kind == ActorKind.Agency && a.CountryCode == "BG");
    }

    [Fact]
    public void ALongNameInACapitalisedHeadlineIsStillABody()
    {
        var report = Extract("INTERPOL OPERATION TARGETS FAKE MEDICINES IN FIVE COUNTRIES\n\nThe seizures were made at ports and airports.");

        Assert.Contains(report.Actors, a => a.Id == "agency:interpol");
    }

    [Fact]
    public void AShortCapitalisedLineIsNotTakenForAHeadline()
    {
        var report = Extract("Customs news\n\nFBI AGENTS ARRIVED.\nThey searched the warehouse with local police.");

        Assert.Contains(report.Actors, a => a.Id == "agency:fbi");
    }
}
