using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 31: a body named only as the employer of suspects takes no part by that mention, in all four languages; its
/// officers named as doers keep its part. Every sentence is written for the test.
/// </summary>
public sealed class SuspectStaffSession31Tests
{
    [Theory]
    [InlineData("The Kenya Police Service arrested nine people at Namanga, among them two officers of the Tanzania Police Force suspected of selling fuel permits.")]
    [InlineData("The Kenya Police Service has brought charges against three officers of the Tanzania Police Force over the fuel permits.")]
    public void AnEnglishBodyWhoseOfficersAreTheSuspectsTakesNoPart(string text)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.DoesNotContain("agency:tanzania-police", participants);
        Assert.Contains("agency:kenya-police", participants);
    }

    [Fact]
    public void ABodyWhoseOfficersActKeepsItsPart() =>
        Assert.Contains("agency:tanzania-police", SingleEvent(
            "The Kenya Police Service arrested nine people at Namanga, and officers of the Tanzania Police Force arrested two more in Arusha.").ParticipantIds);

    [Theory]
    [InlineData("La Policía Nacional del Perú detuvo a siete personas en Tumbes, entre ellas dos agentes de la Policía Nacional del Ecuador señalados de cobrar sobornos.")]
    [InlineData("A Polícia Federal prendeu sete pessoas em Santos, entre as quais dois agentes da Polícia Nacional da Bolívia suspeitos de vender armas.")]
    [InlineData("La Gendarmerie nationale a interpellé sept personnes à Lomé, dont un agent de la Police nationale béninoise, soupçonné d'avoir vendu des armes.")]
    public void ARomanceBodyWhoseAgentsAreTheSuspectsTakesNoPart(string text)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.Equal(1, participants.Count(id => id.StartsWith("agency:", StringComparison.Ordinal)));
    }
}
