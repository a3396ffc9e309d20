using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 13: Spanish, Portuguese and French asides of taking part, announcers after their verb, bodies only told of
/// the case or denied a part, and official names that were missing.
/// </summary>
public sealed class RomanceAsideAndAnnouncerTests
{
    [Theory]
    [InlineData("El Cuerpo Nacional de Policía, en coordinación con la Gendarmería Nacional Argentina, ha desarticulado una red de trata en la Operación Tango Sur.", "agency:spain-national-police", "agency:argentina-gna")]
    [InlineData("O SERNIC, em articulação com a Polícia da República de Moçambique, desmantelou uma rede de caça furtiva na Operação Mangal.", "agency:mozambique-sernic", "agency:mozambique-prm")]
    [InlineData("La Gendarmerie nationale, en liaison avec la Police fédérale belge, a démantelé un réseau de cambrioleurs lors de l'opération Brabant.", "agency:gendarmerie-nationale", "agency:belgian-federal-police")]
    public void ABodyInAnAsideOfTakingPartDoesNotTakeTheLeadFromTheSubject(string text, string subject, string aside)
    {
        var cooperation = SingleEvent(text);

        Assert.Equal([subject], cooperation.LeadIds);
        Assert.Contains(aside, cooperation.ParticipantIds);
    }

    // Session 16: only a verb of announcing makes the body after it the owner; a verb of speaking gives a source (see SpeakerLeadTests).
    [Theory]
    [InlineData("Doce personas fueron detenidas en la Operación Cóndor con apoyo de la Policía Federal Argentina, anunció la Policía de Investigaciones de Chile.", "agency:chile-pdi")]
    [InlineData("Nove suspeitos foram presos na Operação Serra com apoio da Receita Federal, anunciou a Polícia Federal.", "agency:brazil-pf")]
    [InlineData("Sept personnes ont été interpellées lors de l'opération Atlas grâce à la Gendarmerie royale, a annoncé la Direction générale de la sûreté nationale.", "agency:morocco-dgsn")]
    public void TheAnnouncerAfterAVerbOfAnnouncingSetOffByACommaIsTheSubject(string text, string announcer) =>
        Assert.Equal([announcer], SingleEvent(text).LeadIds);

    [Fact]
    public void TheBodyBeforeARelativeClauseDoesNotAnnounce() =>
        Assert.Empty(SingleEvent("L'opération Atlas a mobilisé la Police nationale et la Gendarmerie royale, qui a saisi deux tonnes de résine.").LeadIds);

    [Fact]
    public void TheOwnerArrestingInTheOpeningLeadsWhenNothingElseDoes()
    {
        var cooperation = SingleEvent("A Polícia Judiciária deteve seis pessoas no âmbito da Operação Caravela, com a colaboração da Marinha Portuguesa.");

        Assert.Equal(["agency:portugal-pj"], cooperation.LeadIds);
        Assert.Contains("agency:portugal-navy", cooperation.ParticipantIds);
    }

    [Theory]
    [InlineData("La Guardia Civil dirigió la Operación Brisa. La Policía Judicial de Portugal no participó en las detenciones.", "country:PT")]
    [InlineData("A Polícia Federal coordenou a Operação Brisa. As autoridades neerlandesas foram comunicadas do resultado.", "country:NL")]
    [InlineData("L'OFAST a piloté l'opération Brise. Les policiers espagnols n'ont pas pris part aux interpellations.", "country:ES")]
    [InlineData("L'OFAST a piloté l'opération Brise. La Police fédérale belge n'a pas participé aux interpellations.", "country:BE")]
    public void ABodyOnlyToldOfTheCaseOrDeniedAPartTakesNoPart(string text, string absent) =>
        Assert.DoesNotContain(absent, SingleEvent(text).ParticipantIds);

    [Fact]
    public void AnAsideDenyingTheBodyAPartOutweighsTheVerbAfterIt() =>
        Assert.DoesNotContain("agency:mozambique-at", SingleEvent("O SERNIC coordenou a Operação Savana. A Autoridade Tributária de Moçambique, que não participou na operação, divulgou ontem dados sobre apreensões.").ParticipantIds);

    [Fact]
    public void ANamingCueFindsTheOperationWordBeyondALongDescription() =>
        Assert.EndsWith(" Lagune Verte", SingleEvent("Une opération conjointe contre la contrebande de médicaments contrefaits en Afrique, baptisée « Lagune Verte », a été menée par INTERPOL avec la Police nationale de Côte d'Ivoire.").Name ?? "");

    [Theory]
    [InlineData("La Police nationale du Sénégal a coopéré avec la Gendarmerie nationale.", "agency:senegal-police")]
    [InlineData("La Police nationale du Cameroun a travaillé avec INTERPOL.", "agency:cameroon-police")]
    [InlineData("A Polícia Federal Criminal da Alemanha colaborou com a Polícia Judiciária.", "agency:bka")]
    [InlineData("La Oficina de Aduanas y Protección Fronteriza apoyó a la Guardia Civil.", "agency:cbp")]
    [InlineData("A Força Aérea Portuguesa acompanhou o veleiro com a Marinha Portuguesa.", "agency:portugal-air-force")]
    [InlineData("La Prefectura Nacional Naval interceptó la lancha con la Armada de Chile.", "agency:uruguay-prefectura")]
    public void AnOfficialNameTheGazetteerLackedIsItsBody(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));
}
