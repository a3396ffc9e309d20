using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 31: a body named only as the host, the teacher or the other party of a gathering or a memorandum takes no part
/// by that mention, in all four languages; a body whose own people act between the gathering and its name keeps its part,
/// and a capitalised gathering word is a name's. Every sentence is written for the test.
/// </summary>
public sealed class GatheringSession31Tests
{
    [Theory]
    [InlineData("The Kenya Police Service arrested nine smugglers at Namanga. The detectives had first met at a planning meeting hosted in Arusha by the secretariat of INTERPOL.")]
    [InlineData("The Kenya Police Service arrested nine smugglers at Namanga. The case had been discussed at a regional workshop of INTERPOL in Kigali.")]
    [InlineData("The Kenya Police Service arrested nine smugglers at Namanga. INTERPOL hosted a regional training seminar in Kigali last year.")]
    [InlineData("The Kenya Police Service arrested nine smugglers at Namanga. The service recalled that it had signed a memorandum on sharing data with INTERPOL in 2024.")]
    public void AnEnglishHostOrPartyOfAGatheringTakesNoPart(string text)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.DoesNotContain("agency:interpol", participants);
        Assert.Contains("agency:kenya-police", participants);
    }

    [Fact]
    public void ABodyWhoseOfficersActAfterAGatheringKeepsItsPart() =>
        Assert.Contains("agency:interpol", SingleEvent(
            "The Kenya Police Service arrested nine smugglers at Namanga. After the meeting in Kigali officers of INTERPOL traced the buyers.").ParticipantIds);

    [Theory]
    [InlineData("La Policía Nacional del Perú detuvo a siete personas en Tumbes. Los agentes habían asistido a un taller organizado por INTERPOL en Lima.")]
    [InlineData("A Polícia Federal prendeu sete pessoas em Santos. A Polícia Federal lembrou que assinou um memorando com a INTERPOL em 2023.")]
    [InlineData("La Police nationale a interpellé sept personnes à Lyon. Les enquêteurs avaient suivi un séminaire organisé par INTERPOL à Dakar.")]
    public void ARomanceHostOrPartyOfAGatheringTakesNoPart(string text) =>
        Assert.DoesNotContain("agency:interpol", SingleEvent(text).ParticipantIds);

    [Fact]
    public void ACapitalisedGatheringWordIsAPlacesName() =>
        Assert.Contains("agency:interpol", SingleEvent(
            "La Police nationale a interpellé sept personnes à Saint-Denis de La Réunion avec INTERPOL.").ParticipantIds);
}
