using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 22: a national police's area named after its force word ("Troms Police District", "Stockholm Police
/// Region") is a regional office of that force, folded into the country's listed police, whether the country comes from
/// the sentence, a possessive or the report. A district of something other than a force is left to the other rules.
/// </summary>
public sealed class ForceDistrictTests
{
    [Theory]
    [InlineData("Officers of the Bergen Police District searched the flat with Swedish police. Norwegian customs seized the cash.", "agency:norway-police", "Bergen Police District")]
    [InlineData("Officers from the Malmö Police Region and Norway's Oslo Police District arrested two men.", "agency:sweden-police", "Malmö Police Region")]
    [InlineData("Officers from the Malmö Police Region and Norway's Oslo Police District arrested two men.", "agency:norway-police", "Oslo Police District")]
    public void APoliceDistrictIsTheCountrysPolice(string text, string police, string district)
    {
        var force = Assert.Single(Extract(text).Actors, a => a.Id == police);

        Assert.Contains(district, force.Aliases);
    }

    [Fact]
    public void ADistrictOfSomethingElseIsNoPolice() =>
        Assert.DoesNotContain(Extract("Norwegian Customs searched a boat in the Bergen Harbour District.").Actors,
            a => a.Kind == ActorKind.Agency && a.Id != "agency:norway-customs");
}
