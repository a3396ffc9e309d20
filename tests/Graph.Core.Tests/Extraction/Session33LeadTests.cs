using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 33 (issue 13): a speaker that reports its own deed in a clause with no subject of its own ("informó que incautó",
/// "informou que apreendeu"), and the one body whose dismantling of the network the lede places within the operation, which leads
/// beside a director of its own country but not beside an international coordinator.
/// </summary>
public sealed class Session33LeadTests
{
    [Theory]
    [InlineData("Lima, 4 de junio de 2026. La Marina de Guerra del Perú informó este miércoles que incautó 300 kilos de aletas de tiburón frente a Paita, con el apoyo de INTERPOL.", "agency:peru-navy")]
    [InlineData("Belém, 4 de junho de 2026. A Marinha do Brasil informou nesta quarta-feira que apreendeu 300 quilos de cocaína ao largo do Pará, com o apoio da INTERPOL.", "agency:brazil-navy")]
    public void ASpeakerThatReportsItsOwnDeedLeads(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("Lima, 4 de junio de 2026. La Marina de Guerra del Perú informó este miércoles que la Policía Nacional del Perú incautó 300 kilos de aletas de tiburón frente a Paita.")]
    [InlineData("Lima, 4 de junio de 2026. La Marina de Guerra del Perú informó este miércoles que se incautaron 300 kilos de aletas de tiburón frente a Paita, con el apoyo de INTERPOL.")]
    public void ASpeakerOfAnotherDeedOrOfNoOnesDoesNotLead(string text) =>
        Assert.DoesNotContain("agency:peru-navy", SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("Sevilla, 4 de junio de 2026. La Guardia Civil ha desarticulado, en el marco de la operación Lince, una red que traficaba con aves protegidas. La investigación fue dirigida por la Fiscalía de Medio Ambiente.", "agency:guardia-civil")]
    [InlineData("Lisboa, 4 de junho de 2026. A Polícia Judiciária desmantelou, no âmbito da Operação Lince, uma rede de tráfico de aves. O inquérito foi dirigido pelo Ministério Público.", "agency:portugal-pj")]
    public void TheOneBodyThatDismantledTheNetworkLeadsBesideItsOwnCountrysDirector(string text, string body) =>
        Assert.Contains(body, SingleEvent(text).LeadIds);

    [Fact]
    public void TheBodyThatDismantledTheNetworkDoesNotLeadBesideAnInternationalCoordinator() =>
        Assert.Equal(["agency:europol"], SingleEvent(
            "Madrid, 4 de junio de 2026. La Guardia Civil ha desarticulado, en el marco de la operación Lince, una red que traficaba con aves protegidas. La operación fue coordinada por Europol.").LeadIds);

    [Fact]
    public void SeveralBodiesThatDismantledTheNetworkTogetherLeaveTheLeadToTheDirector() =>
        Assert.DoesNotContain("agency:guardia-civil", SingleEvent(
            "Sevilla, 4 de junio de 2026. Agentes de la Guardia Civil y de la Policía Nacional han desarticulado, en el marco de la operación Lince, una red que traficaba con aves protegidas. La investigación fue dirigida por la Fiscalía de Medio Ambiente.").LeadIds);
}
