using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 23 (issue 13): bodies the lists lacked — the fisheries authorities of the Spanish-speaking countries, Pakistan's
/// regional police forces, Gabon's immigration service, Lebanon's cassation prosecution, the police of Mozambique's
/// neighbours as Portuguese names them.
/// </summary>
public sealed class BodyListSession23Tests
{
    [Theory]
    [InlineData("Inspectores de la Autoridad Nacional de Acuicultura y Pesca (AUNAP) pesaron la langosta decomisada.", "agency:colombia-aunap")]
    [InlineData("El Servicio Nacional de Pesca y Acuicultura decomisó dos toneladas de loco en Valparaíso.", "agency:chile-sernapesca")]
    [InlineData("La CONAPESCA y la Secretaría de Marina aseguraron 300 kilos de totoaba.", "agency:mexico-conapesca")]
    [InlineData("La Autoridad de los Recursos Acuáticos de Panamá retuvo un palangrero en Coiba.", "agency:panama-arap")]
    [InlineData("Officers of the Azad Jammu and Kashmir Police handed two agents over to the FIA in Kotli.", "agency:ajk-police")]
    [InlineData("Au Gabon, la Direction générale de la documentation et de l'immigration (DGDI) a intercepté une pirogue.", "agency:gabon-dgdi")]
    [InlineData("The suspects were referred to the Cassation Public Prosecution after the raid in Baalbek.", "agency:lebanon-prosecution")]
    [InlineData("Cinco homens foram detidos pelo Serviço de Polícia do Malawi em Mwanza.", "agency:malawi-police")]
    public void ABodyOfTheSession23PassIsRecognised(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));

    [Fact]
    public void AzadKashmirsPoliceIsNoIndianBody()
    {
        var ids = ActorIds("Officers of the Azad Jammu and Kashmir Police handed two agents over to the FIA in Kotli.");

        Assert.DoesNotContain("agency:jk-police", ids);
        Assert.DoesNotContain("country:IN", ids);
    }

    [Fact]
    public void IndiasJammuAndKashmirPoliceStaysIndian() =>
        Assert.Contains("agency:jk-police", ActorIds("The Jammu and Kashmir Police seized four rifles near Kupwara."));
}
