using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Category 5 of issue 13: a country or body that is only asked for help or told of the case, as the object of a verb of
/// asking or telling, is mentioned, not a participant; one that helps stays a participant.
/// </summary>
public sealed class AskedOrToldTests
{
    [Theory]
    [InlineData("The FIA arrested eleven people in Sialkot. \"We are now asking the Libyan authorities to help us,\" an official said.", "country:LY")]
    [InlineData("The FIA arrested eleven people in Sialkot, and investigators have requested Italian police to trace the organisers.", "country:IT")]
    [InlineData("The FIA arrested eleven people in Sialkot and alerted INTERPOL to three suspects abroad.", "agency:interpol")]
    public void WhatIsOnlyAskedOrToldTakesNoPart(string text, string actor) =>
        Assert.DoesNotContain(actor, SingleEvent(text).ParticipantIds);

    [Fact]
    public void WhatHelpsStillTakesPart() =>
        Assert.Contains("country:IT", SingleEvent("The FIA arrested eleven people in Sialkot with the help of Italian police, who traced the organisers.").ParticipantIds);
}
