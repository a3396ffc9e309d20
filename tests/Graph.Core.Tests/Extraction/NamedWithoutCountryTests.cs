using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Category 1 of issue 13: courts, anti-corruption offices, coast guards and regional networks whose names say no country.</summary>
public sealed class NamedWithoutCountryTests
{
    [Theory]
    [InlineData("The Central Court of Instruction No. 5 issued the warrants.", "agency:audiencia-nacional")]
    [InlineData("Officers of the Corrupt Practices Investigation Bureau searched two offices.", "agency:cpib")]
    [InlineData("The Guardia Costiera escorted the boat into port.", "agency:italian-coast-guard")]
    [InlineData("The Horn of Africa Wildlife Enforcement Network shared intelligence on the shipment.", "agency:ha-wen")]
    [InlineData("South Africa's Asset Forfeiture Unit froze the accounts.", "agency:south-africa-npa")]
    public void TheBodyIsRecognisedByItsOwnName(string text, string id) =>
        Assert.Contains(id, ActorIds(text));
}
