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

    [Fact]
    public void AnEnglishBodyThatDismantledTheNetworkLeadsBesideItsOwnCountrysProsecutors() =>
        Assert.Equal(["agency:kenya-kws", "agency:kenya-odpp"], SingleEvent(
            "NAIROBI, 4 June 2026 — The Kenya Wildlife Service has dismantled, as part of Operation Tembo, a ring that smuggled ivory through Mombasa. The investigation was directed by the Office of the Director of Public Prosecutions.").LeadIds.Order());

    [Fact]
    public void AnEnglishBodyThatOpensTheReportByDismantlingANetworkAnnouncesItsOwnOperation() =>
        Assert.Equal(["agency:kenya-kws"], SingleEvent(
            "NAIROBI, 4 June 2026 — The Kenya Wildlife Service has dismantled a ring that smuggled ivory through Mombasa, with the support of INTERPOL.").LeadIds);

    [Fact]
    public void AnEnglishBodyThatOnlyArrestedIsNoAnnouncer() =>
        Assert.Empty(SingleEvent(
            "NAIROBI, 4 June 2026 — The Kenya Wildlife Service arrested nine poachers near Tsavo, with the support of INTERPOL.").LeadIds);

    [Theory]
    [InlineData("Madrid, 3 de mayo de 2026.\n\nLa Operación Faro, dirigida por la Guardia Civil, terminó con seis detenidos en Huelva.\n\nEn una segunda operación, denominada Operación Duna, la Policía Nacional desarticuló una red de falsificación de documentos en Murcia, con el apoyo de Europol.", "Operación Duna", "agency:spain-national-police")]
    [InlineData("Paris, le 3 mai 2026.\n\nL'opération Phare, dirigée par la Gendarmerie nationale, s'est soldée par six interpellations à Lyon.\n\nDans une seconde opération, baptisée Dune, la Police nationale a démantelé un réseau de faux papiers à Lille, avec l'appui d'Europol.", "Dune", "agency:police-nationale")]
    public void EachOfSeveralOperationsIsLedByTheOneBodyThatDismantledTheNetworkInIt(string text, string operation, string body)
    {
        var events = Extract(text).Events;

        Assert.Equal([body], Assert.Single(events, e => e.Name is { } name && name.Contains(operation, StringComparison.OrdinalIgnoreCase)).LeadIds);
    }
}
