using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 36: a body confined to one small deed ("was limited to", "se limitó a", "se limitou a", "s'est limité à") stayed
/// out of the operation itself and takes no part by that mention; a body in an earlier clause, past a semicolon, keeps its
/// part. Every sentence is written for the test.
/// </summary>
public sealed class RestrictedSession36Tests
{
    [Theory]
    [InlineData("The Kenya Police Service arrested nine smugglers at Namanga. INTERPOL's role was limited to checking the passports against its files.")]
    [InlineData("La Policía Nacional del Perú detuvo a siete personas en Tumbes. La INTERPOL se limitó a verificar los pasaportes.")]
    [InlineData("A Polícia Federal prendeu sete pessoas em Santos. A INTERPOL se limitou a verificar os passaportes dos suspeitos.")]
    [InlineData("La Police nationale a interpellé sept personnes à Lyon. INTERPOL s'est limité à vérifier les passeports.")]
    public void ABodyConfinedToOneSmallDeedTakesNoPart(string text) =>
        Assert.DoesNotContain("agency:interpol", SingleEvent(text).ParticipantIds);

    [Fact]
    public void ABodyBeforeASemicolonKeepsItsPart() =>
        Assert.Contains("agency:interpol", SingleEvent(
            "La Policía Nacional del Perú detuvo a siete personas en Tumbes y la INTERPOL localizó a dos más; el fiscal se limitó a pedir la prisión preventiva.").ParticipantIds);
}
