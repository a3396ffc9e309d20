using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Category 3 of issue 13: a provincial force whose name two countries' forces share ("Punjab Police", India and Pakistan)
/// is the one of the report's own country.
/// </summary>
public sealed class SharedProvincialForceTests
{
    [Fact]
    public void InAPakistaniReportPunjabPoliceIsPakistans()
    {
        var ids = ActorIds("Pakistan's Federal Investigation Agency said the raids in Sialkot were made with the help of Punjab Police.");

        Assert.Contains("agency:pakistan-punjab-police", ids);
        Assert.DoesNotContain("country:IN", ids);
    }

    [Fact]
    public void InAnIndianReportPunjabPoliceStaysIndias() =>
        Assert.Contains("agency:punjab-police", ActorIds("Punjab Police arrested four men in Amritsar, India, with the Border Security Force."));
}
