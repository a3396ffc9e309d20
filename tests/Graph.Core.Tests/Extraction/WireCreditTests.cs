using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 23 (issue 13): a press agency's byline or credit is no body; AFP is Agence France-Presse as well as the
/// Australian Federal Police.
/// </summary>
public sealed class WireCreditTests
{
    [Theory]
    [InlineData("Niamey, 3 mars 2026 (AFP) - Six passeurs ont été arrêtés par la gendarmerie nigérienne près d'Agadez.")]
    [InlineData("Bogotá, 3 de marzo de 2026 (AFP) - La Policía Nacional de Colombia detuvo a seis hombres en Cúcuta.")]
    [InlineData("NAIROBI, 3 March 2026 (AFP) - Kenyan police arrested six men at the port of Mombasa on Tuesday.")]
    public void AWiresBylineIsNoBody(string text)
    {
        var ids = ActorIds(text);

        Assert.DoesNotContain("agency:afp", ids);
        Assert.DoesNotContain("country:AU", ids);
    }

    [Fact]
    public void AWireQuotedInAnotherLanguageIsNoBody() =>
        Assert.DoesNotContain("agency:afp", ActorIds("« Les défenses partaient vers le Nigeria », a expliqué à l'AFP un officier de la gendarmerie camerounaise."));

    [Theory]
    [InlineData("The Australian Federal Police (AFP) charged two men in Sydney; the AFP said the drugs came from Malaysia.")]
    [InlineData("The AFP said its officers in Brisbane had seized 200 kilograms of cocaine hidden in a yacht.")]
    [InlineData("A Polícia Federal Australiana (AFP) apoiou a investigação; a AFP enviou dois agentes para Díli.")]
    [InlineData("La Police fédérale australienne a transmis les données ; selon l'AFP, deux suspects sont australiens.")]
    public void TheAustralianPoliceNamedAsSuchIsKept(string text) =>
        Assert.Contains("agency:afp", ActorIds(text));
}
