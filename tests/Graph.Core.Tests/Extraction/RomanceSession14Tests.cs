using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 14: Spanish, Portuguese and French wordings that lost participants, pairs and leads: a body only told of the
/// case behind a bracketed acronym or a perfect passive; state, provincial, customs and naval bodies named in their own
/// way; a demonym after an authority and its field; an aside naming the unit the subject acted through.
/// </summary>
public sealed class RomanceSession14Tests
{
    [Theory]
    [InlineData("La Guardia Civil dirigió la Operación Lija. La Oficina Europea de Lucha contra el Fraude (OLAF) fue informada de las detenciones.", "agency:olaf")]
    [InlineData("La Guardia Civil dirigió la Operación Lija. La OLAF ha sido informada de las detenciones.", "agency:olaf")]
    [InlineData("A Polícia Judiciária coordenou a Operação Lixa. A Guardia Civil tem sido informada do andamento das buscas.", "agency:guardia-civil")]
    [InlineData("L'OFAST a piloté l'opération Lime. La Garde civile espagnole a été avisée des interpellations.", "agency:guardia-civil")]
    public void ABodyToldOfTheCaseBehindABracketOrAPerfectPassiveTakesNoPart(string text, string absent) =>
        Assert.DoesNotContain(absent, SingleEvent(text).ParticipantIds);

    // A perfect auxiliary alone still opens an active verb whose subject acts; a state or provincial body is its own
    // body; a customs service or a navy named without its country is the report's country's; a demonym after an
    // authority noun and an adjective of its field takes part.
    [Theory]
    [InlineData("La Guardia Civil ha solicitado la colaboración de Europol en la Operación Lija.", "agency:guardia-civil")]
    [InlineData("L'OFAST a sollicité l'appui d'Europol dans l'opération Lime.", "agency:ocrtis")]
    [InlineData("A Polícia Civil do Estado do Pará prendeu cinco pessoas na Operação Igarapé com a Polícia Federal.", "agency:para-civil-police")]
    [InlineData("A Polícia Militar do Amazonas apoiou a Polícia Federal na Operação Igarapé.", "agency:amazonas-military-police")]
    [InlineData("O Ministério Público do Estado do Maranhão acompanhou a Polícia Federal na Operação Igarapé.", "agency:maranhao-mp")]
    [InlineData("La Policía de la Provincia de Santa Fe detuvo a cinco personas en la Operación Ribera con la Gendarmería Nacional Argentina.", "agency:argentina-police-santa-fe")]
    [InlineData("La Fiscalía General del Estado de Jalisco y la Guardia Nacional detuvieron a cinco personas en la Operación Agave.", "agency:mexico-fiscalia-jalisco")]
    [InlineData("Abidjan, 3 mars 2026. La Direction générale des Douanes et la Police nationale ont saisi deux tonnes de cacao lors de l'opération Fève.", "agency:cote-divoire-customs")]
    [InlineData("DAKAR, 3 mars 2026 — La Marine nationale et la Police nationale ont intercepté une pirogue lors de l'opération Fève.", "agency:senegal-navy")]
    [InlineData("Dakar, 3 mars 2026 — La Marine nationale et la Police nationale ont intercepté une pirogue lors de l'opération Fève.", "agency:senegal-police")]
    [InlineData("Maputo, 3 de março de 2026 — A Autoridade Tributária e a PRM apreenderam marfim na Operação Savana.", "agency:mozambique-at")]
    [InlineData("L'OFAST a dirigé l'opération Lynx en collaboration avec les autorités judiciaires belges.", "country:BE")]
    [InlineData("La Guardia Civil dirigió la Operación Lince con el apoyo de las autoridades judiciales portuguesas.", "country:PT")]
    [InlineData("A Polícia Federal dirigiu a Operação Lince com o apoio das autoridades judiciárias espanholas.", "country:ES")]
    [InlineData("L'OFAST a dirigé l'opération Lynx. Les autorités douanières sénégalaises ont saisi deux tonnes de résine.", "country:SN")]
    public void ABodyOrCountryNamedInTheseWaysTakesPart(string text, string actor) =>
        Assert.Contains(actor, SingleEvent(text).ParticipantIds);

    [Fact]
    public void AMexicanStateProsecutorIsNotSpains() =>
        Assert.DoesNotContain("agency:spain-prosecutor", ActorIds("La Fiscalía General del Estado de Jalisco y la Guardia Nacional detuvieron a cinco personas en la Operación Agave."));

    [Theory]
    [InlineData("La Policía Nacional, a través de la Brigada Central de Estupefacientes, dirigió la Operación Lince junto a la Guardia Civil.", "agency:spain-national-police")]
    [InlineData("A Polícia Judiciária, através da Unidade Nacional de Combate ao Tráfico de Estupefacientes, dirigiu a Operação Lince com a Marinha Portuguesa.", "agency:portugal-pj")]
    [InlineData("L'OFAST, par l'intermédiaire de son antenne de Marseille, a dirigé l'opération Lynx avec la Guardia Civil.", "agency:ocrtis")]
    public void AnAsideNamingTheUnitThroughWhichTheSubjectActedDoesNotHideTheLead(string text, string lead) =>
        Assert.Equal([lead], SingleEvent(text).LeadIds);

    [Fact]
    public void TheSubjectAfterADatelineDashLeadsBeyondAnAside() =>
        Assert.Equal(["agency:angola-sic"], SingleEvent("Luanda, 19 de fevereiro de 2026 — O SIC, em parceria com a Polícia Nacional de Angola, desmantelou uma rede de contrabando de diamantes na Operação Kwanza.").LeadIds);

    [Fact]
    public void ADemonymAfterAnAdjectiveThatIsNoFieldOfAuthorityDoesNotTakePart() =>
        Assert.DoesNotContain("country:GR", SingleEvent("La Guardia Civil dirigió la Operación Lince e incautó piezas de cerámica antigua griega.").ParticipantIds);
}
