using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 33 (issue 13): a sub-national entity's ministry named by the entity (Bosnia and Herzegovina's Republika Srpska) and
/// the parquets of France's overseas departments named by their seat, which a judicial investigation brought to them does not
/// make take part. The sentences are written for these tests.
/// </summary>
public sealed class SeatedAndEntityBodiesSession33Tests
{
    [Theory]
    [InlineData("SARAJEVO, 9 April 2026 — Officers of the Ministry of Interior of Republika Srpska arrested four men near Doboj.")]
    [InlineData("SARAJEVO, 9 April 2026 — The Republika Srpska Ministry of Interior and SIPA searched two garages in Banja Luka.")]
    public void RepublikaSrpskasMinistryIsABosnianBody(string text)
    {
        var ids = ActorIds(text);
        Assert.Contains("agency:republika-srpska-mup", ids);
        Assert.Contains("country:BA", ids);
    }

    [Theory]
    [InlineData("Saint-Denis, 9 avril 2026\n\nLe parquet de Saint-Denis a ouvert une information judiciaire après la saisie de 3 kilos de cocaïne au Port.", "agency:saint-denis-reunion-prosecutor")]
    [InlineData("Cayenne, 9 avril 2026\n\nLe parquet de Cayenne a requis la détention de deux orpailleurs interpellés sur le Maroni.", "agency:cayenne-prosecutor")]
    [InlineData("Fort-de-France, 9 avril 2026\n\nLes douaniers ont saisi 40 kilos de cannabis, a indiqué le parquet de Fort-de-France.", "agency:fort-de-france-prosecutor")]
    public void AnOverseasParquetIsNamedByItsSeat(string text, string office) =>
        Assert.Contains(office, ActorIds(text));

    [Fact]
    public void AParquetSeizedOfTheJudicialInvestigationTakesNoPart()
    {
        var e = SingleEvent("Cayenne, 9 avril 2026\n\nLa Gendarmerie nationale a interpellé quatre orpailleurs sur le Maroni. Le parquet de Cayenne reste saisi de l'information judiciaire.");
        Assert.Contains("agency:gendarmerie-nationale", e.ParticipantIds);
        Assert.DoesNotContain("agency:cayenne-prosecutor", e.ParticipantIds);
    }
}
