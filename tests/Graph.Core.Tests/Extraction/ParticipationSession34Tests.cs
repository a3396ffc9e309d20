using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 34: a body whose own deed is told in the past perfect with an earlier year in the same clause ("had broken up a
/// similar ring in 2023", "había desarticulado en 2023", "avait démantelé en 2023", "tinha desmantelado em 2023") acts in
/// another case, so by that mention it takes no part; a year after "since" and a deed that opened this case keep the part.
/// Every sentence is written for the test.
/// </summary>
public sealed class ParticipationSession34Tests
{
    [Theory]
    [InlineData("Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour at the port of Setúbal. The Spanish National Police had broken up a similar ring in Vigo in 2023.", "agency:spain-national-police", "agency:portugal-pj")]
    [InlineData("Lisboa, 9 de maio de 2026 — A Polícia Judiciária deteve nove pessoas na Operação Porto Calmo, em Setúbal. A Polícia Nacional espanhola tinha desmantelado em 2023 uma rede parecida em Vigo.", "agency:spain-national-police", "agency:portugal-pj")]
    [InlineData("Madrid, 9 de mayo de 2026. La Guardia Civil detuvo a nueve personas en la operación Puerto Tranquilo, en Algeciras. La Policía Nacional había desarticulado en 2023 una red parecida en Vigo.", "agency:spain-national-police", "agency:guardia-civil")]
    [InlineData("Marseille, le 9 mai 2026 – La Gendarmerie nationale a interpellé neuf personnes lors de l'opération Port Tranquille, à Marseille. La Garde civile espagnole avait démantelé en 2023 un réseau semblable à Algésiras.", "agency:guardia-civil", "agency:gendarmerie-nationale")]
    public void ABodyWhoseOwnDeedIsAPastPerfectOfAnEarlierYearTakesNoPart(string text, string earlier, string acting)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.DoesNotContain(earlier, participants);
        Assert.Contains(acting, participants);
    }

    [Fact]
    public void TheAgentOfAnEarlierOperationInThePastPerfectTakesNoPart() =>
        Assert.DoesNotContain("agency:spain-national-police", SingleEvent(
            "Madrid, 9 de mayo de 2026. La Guardia Civil detuvo a nueve personas en la operación Puerto Tranquilo. El grupo ya había sido blanco de una operación de la Policía Nacional en 2023 en Vigo.").ParticipantIds);

    [Fact]
    public void AYearAfterSinceRunsOnToTheStorysTime() =>
        Assert.Contains("agency:spain-national-police", SingleEvent(
            "Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour. The Spanish National Police had watched the ring since 2023 and arrested two couriers in Vigo.").ParticipantIds);

    [Theory]
    [InlineData("Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour. The Spanish National Police had opened the investigation in 2025 after a seizure in Vigo.")]
    [InlineData("Lisbonne, le 9 mai 2026 – La Police judiciaire a interpellé neuf personnes lors de l'opération Port Tranquille. La Police nationale espagnole avait signalé en 2025 des virements qui ont permis d'ouvrir l'enquête.")]
    public void AnEarlierDeedThatOpenedThisCaseKeepsItsPart(string text) =>
        Assert.Contains("agency:spain-national-police", SingleEvent(text).ParticipantIds);

    [Fact]
    public void APastPerfectWithoutAnEarlierYearKeepsThePart() =>
        Assert.Contains("agency:spain-national-police", SingleEvent(
            "Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour. The Spanish National Police had arrested two couriers in Vigo a day earlier.").ParticipantIds);

    [Theory]
    [InlineData("Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour. The haul is the largest at Setúbal since 2023, when the Spanish National Police found 300 kilograms in a fishing boat.", "agency:spain-national-police")]
    [InlineData("Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour. The seizure follows one in February, when the Spanish National Police stopped a yacht off Vigo.", "agency:spain-national-police")]
    [InlineData("Madrid, 9 de mayo de 2026. La Guardia Civil detuvo a nueve personas en la operación Puerto Tranquilo. Es el mayor alijo en Algeciras desde 2023, cuando la Policía Nacional halló 300 kilos en un pesquero.", "agency:spain-national-police")]
    public void ABodyInAClauseDatedByAnEarlierTimeTakesNoPart(string text, string earlier) =>
        Assert.DoesNotContain(earlier, SingleEvent(text).ParticipantIds);

    [Fact]
    public void AClauseDatingTheStartOfTheStorysOperationKeepsItsBodies() =>
        Assert.Contains("agency:spain-national-police", SingleEvent(
            "Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour. The investigation began in 2025, when the Spanish National Police found a ledger in Vigo.").ParticipantIds);
}
