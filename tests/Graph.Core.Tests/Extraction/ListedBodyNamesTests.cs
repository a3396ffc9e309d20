using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 23: a country-less body's listed bodies are found by its name once, then kept to the countries the
/// report names, instead of one look-up for each such country. The one look-up must give what the per-country one gives.
/// </summary>
public sealed class ListedBodyNamesTests
{
    private static readonly ListedBodyNames Listed = ExtractionKnowledge.Default.ListedBodyNames;

    [Theory]
    [InlineData("National Police")]
    [InlineData("national police")]
    [InlineData("Navy")]
    [InlineData("Ministry of Justice")]
    [InlineData("Ministry of Interior")]
    [InlineData("General Authority for Border Protection")]
    [InlineData("Coast Guard")]
    public void ANameFoundInAnyCountryIsWhatEachCountryFinds(string name)
    {
        var anyCountry = Listed.FindInAnyCountry(name);
        var byCountry = ExtractionKnowledge.Default.Countries.Keys
            .Select(code => Listed.Find(code, name))
            .OfType<GazetteerEntry>()
            .ToList();

        Assert.NotEmpty(anyCountry);
        Assert.Equal(byCountry.Select(e => e.Key).Order(), anyCountry.Select(e => e.Key).Order());
        Assert.All(anyCountry, entry => Assert.Same(entry, Listed.Find(entry.AgencyCountry!, name)));
    }

    [Fact]
    public void ANameNoCountryListsFindsNothing()
    {
        Assert.Empty(Listed.FindInAnyCountry("Office for Lost Umbrellas"));
        Assert.Empty(Listed.FindInAnyCountry(""));
    }
}
