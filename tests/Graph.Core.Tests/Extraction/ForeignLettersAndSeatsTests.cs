using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Categories 1 and 3 of issue 13: a body the lists lack keeps the acronym the report gives it even where the gazetteer
/// gives the letters to another country's body, and a city of one country before another country's listed name makes the
/// name the city's own body.
/// </summary>
public sealed class ForeignLettersAndSeatsTests
{
    [Fact]
    public void ABracketedAcronymBelongsToTheUnlistedBodyNamedBeforeIt()
    {
        var ids = ActorIds("""
            RAB-3 raided the factory with officials of the Directorate General of Drug Administration (DGDA) present in Dhaka.
            The DGDA has suspended the licences of four pharmacies in Bangladesh.
            """);

        Assert.DoesNotContain("agency:drc-dgda", ids);
        Assert.DoesNotContain("country:CD", ids);
    }

    [Fact]
    public void LettersOfABodyOfTheReportsOwnCountryStayThatBodys() =>
        Assert.Contains("agency:honduras-dpi", ActorIds("In Tegucigalpa, Honduras, the Directorate of Police Investigations (DPI) arrested nine suspects."));

    [Fact]
    public void ACityOfAnotherCountryBeforeAListedNameMakesItTheCitysOwnForce()
    {
        var ids = ActorIds("Officers of the Dhaka Metropolitan Police arrested the financier of the gang in Uttara, Bangladesh.");

        Assert.DoesNotContain("agency:met-police", ids);
        Assert.DoesNotContain("country:GB", ids);
        Assert.Contains("country:BD", ids);
    }

    [Fact]
    public void ACityOfTheListedBodysOwnCountryLeavesItAlone() =>
        Assert.Contains("agency:met-police", ActorIds("Officers of the London Metropolitan Police arrested two men, working with the National Crime Agency."));
}
