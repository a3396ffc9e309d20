using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Category 5 of issue 13: countries a report names without their authorities taking part.</summary>
public sealed class MentionOnlyCountryTests
{
    private static IEnumerable<string> TakingPart(string text) =>
        SingleEvent(text).ParticipantIds.Where(id => id.StartsWith("country:", StringComparison.Ordinal));

    [Fact]
    public void TheCountryAfterTheDatelineCityIsOnlyWhereTheReportWasWritten()
    {
        const string text = "VIENNA, Austria, 2 May 2025 - Europol and the Hellenic Police dismantled a forgery ring.";

        Assert.Contains("AT", Countries(text));
        Assert.DoesNotContain("country:AT", TakingPart(text));
    }

    [Fact]
    public void ACountryAfterACityIsReadAsTheCityIs() =>
        Assert.DoesNotContain("country:KE", TakingPart("The Hellenic Police seized heroin flown in through Nairobi, Kenya, on its way to Athens."));

    [Fact]
    public void AnAdverbBetweenAnOriginWordAndInKeepsTheOrigin() =>
        Assert.DoesNotContain("country:TR", TakingPart("The Guardia Civil traced pistols bought legally in Türkiye and converted in a garage."));

    [Fact]
    public void DemonymsListedBeforeANationalityNounAreNationalities()
    {
        var countries = TakingPart("The Guardia Civil arrested four Georgian and two Chilean nationals in Valencia.").ToList();

        Assert.DoesNotContain("country:GE", countries);
        Assert.DoesNotContain("country:CL", countries);
        Assert.Contains("country:ES", countries);
    }

    [Fact]
    public void VictimsAndCustomersInACountryDoNotMakeItTakePart()
    {
        var countries = TakingPart("The Cyprus Police shut down a fake trading platform whose victims in Finland and customers in Chile lost EUR 8 million.").ToList();

        Assert.DoesNotContain("country:FI", countries);
        Assert.DoesNotContain("country:CL", countries);
    }

    [Fact]
    public void GoodsThatOriginatedInACountryDoNotMakeItTakePart() =>
        Assert.DoesNotContain("country:PE", TakingPart("The cocaine originated in Peru, the Guardia Civil said after searching the ship."));

    [Fact]
    public void ANativeNameSharedByTwoCountriesIsTheOneOfTheCountryNamedBeforeIt()
    {
        var extraction = Extract("Mali's Gendarmerie nationale and Senegal's Gendarmerie nationale arrested nine smugglers.");

        var agencies = extraction.Actors.Where(a => a.Kind == ActorKind.Agency).Select(a => a.CountryCode).Order();
        Assert.Equal(["ML", "SN"], agencies);
    }
}
