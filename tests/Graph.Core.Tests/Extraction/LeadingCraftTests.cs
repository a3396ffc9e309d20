using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Session 23 (issue 13): the craft a body sent open a sentence before its name and are no part of it.</summary>
public sealed class LeadingCraftTests
{
    [Theory]
    [InlineData("Jakarta, 3 May 2026 — Ships of the Maritime Security Agency joined two of the patrols off Natuna.", "agency:indonesia-bakamla")]
    [InlineData("Helicopters of the Indonesian Navy searched the coast for the missing boat.", "agency:indonesian-navy")]
    public void CraftBeforeABodysNameLeaveTheNameWhole(string text, string agency)
    {
        var extraction = Extract(text);

        Assert.Contains(extraction.Actors, a => a.Id == agency);
        Assert.DoesNotContain(extraction.Actors, a => a.Name.StartsWith("Ships", StringComparison.Ordinal) || a.Name.StartsWith("Helicopters", StringComparison.Ordinal));
    }

    [Fact]
    public void ACraftWordInsideANameStays() =>
        Assert.Contains("agency:frontex", ActorIds("Frontex aircraft and the Boats Unit of the Guardia Civil patrolled the strait."));
}
