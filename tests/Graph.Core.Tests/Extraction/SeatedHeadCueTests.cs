using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 23: a seated head ("tribunal de …", "Cour d'appel de …") is looked for only at a token that carries
/// the cue of lower-case gazetteer starts or is a capitalised head, not at every token of a sentence with that cue. The
/// bodies found that way must stay found, and a head with no seat after it still names no body.
/// </summary>
public sealed class SeatedHeadCueTests
{
    [Fact]
    public void ALowerCaseSeatedHeadBeforeAListedCityIsStillABody()
    {
        var ids = ActorIds("Le tribunal de Bobigny a condamné trois passeurs arrêtés par la Police aux frontières.");

        Assert.Contains("agency:tribunal-de-bobigny", ids);
    }

    [Fact]
    public void ACapitalisedSeatedHeadWithoutTheCueIsStillReadThroughItsHead()
    {
        var ids = ActorIds("La Cour d'appel de Rennes a confirmé la peine des passeurs arrêtés par la Gendarmerie nationale.");

        Assert.Contains("agency:cour-d-appel-de-rennes", ids);
    }

    [Fact]
    public void ASeatedHeadWithNoSeatAfterItNamesNoBody()
    {
        var ids = ActorIds("Le tribunal a condamné trois passeurs arrêtés par la Gendarmerie nationale.");

        Assert.DoesNotContain(ids, id => id.Contains("tribunal", StringComparison.Ordinal));
    }
}
