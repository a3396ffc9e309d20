using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 36: a participle set off by commas right after a body tells what was done to it; the body's own verb comes after
/// the aside. A body asked in the aside and denied a deed after it takes no part; one alerted in the aside that then acts
/// keeps its part. Every sentence is written for the test.
/// </summary>
public sealed class ParticipleAsideSession36Tests
{
    [Theory]
    [InlineData("La Police nationale a interpellé sept personnes à Lyon. INTERPOL, sollicité au sujet des comptes bancaires, n'a pas encore donné suite.")]
    [InlineData("La Policía Nacional del Perú detuvo a siete personas en Tumbes. INTERPOL, consultada sobre los pasaportes usados por la red, no ha respondido todavía.")]
    [InlineData("A Polícia Federal prendeu sete pessoas em Santos. A INTERPOL, contactada sobre os passaportes, não respondeu até agora.")]
    public void ABodyAskedInAnAsideAndDeniedADeedTakesNoPart(string text) =>
        Assert.DoesNotContain("agency:interpol", SingleEvent(text).ParticipantIds);

    [Fact]
    public void ABodyAlertedInAnAsideThatThenActsKeepsItsPart() =>
        Assert.Contains("agency:interpol", SingleEvent(
            "La Police nationale a interpellé sept personnes à Lyon. INTERPOL, alertée par les enquêteurs, a localisé deux suspects à Dakar.").ParticipantIds);
}
