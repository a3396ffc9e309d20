using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 22: a report that counts the people charged and tells their arrest without a count of its own
/// ("Three men have been charged … Police arrested the men") states the arrests through that count. A count of people
/// charged in a report that tells no arrest states none, and a count of the arrested, where there is one, wins.
/// </summary>
public sealed class ChargedThenArrestedTests
{
    private const string Opening = "The Australian Federal Police and the Royal Thai Police ran a joint investigation. ";

    private static IReadOnlyDictionary<string, int> Figures(string text) => SingleEvent(Opening + text).Figures;

    [Theory]
    [InlineData("Four men have been charged over the shipment. Officers arrested the men at a storage unit in Brisbane on Friday.", 4)]
    [InlineData("Detectives have charged two men with importing the drugs. Both were arrested at their homes in Perth.", 2)]
    [InlineData("Prosecutors indicted five suspects in March. The suspects had been detained in Bangkok and Perth.", 5)]
    public void ACountOfPeopleChargedIsTheArrestsToldWithoutACount(string text, int arrests) =>
        Assert.Equal(arrests, Figures(text)["arrests"]);

    [Fact]
    public void PeopleChargedInAReportThatTellsNoArrestAreNoArrests() =>
        Assert.False(Figures("Three vessel owners have been charged with misreporting their catch, the prosecutors said.").ContainsKey("arrests"));

    [Fact]
    public void ACountOfTheArrestedWinsOverTheCountCharged() =>
        Assert.Equal(6, Figures("Six people were arrested in Sydney. Two men have been charged with importing the drugs.")["arrests"]);
}
