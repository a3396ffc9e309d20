using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 15: Spanish, Portuguese and French wordings that lost participants, pairs, leads and totals: navies and
/// lower-case native names, press names of nationalities, the two Congos, joint conduct taken up by reference, people
/// of a body in a list of subjects, a total told after its number, a body quoted as a source, leads by initiative.
/// </summary>
public sealed class RomanceSession15Tests
{
    [Theory]
    [InlineData("Asunción, 2 de marzo de 2026. La SENAD y la Armada Paraguaya interceptaron una barcaza en la Operación Caudal.", "agency:paraguay-navy")]
    [InlineData("Pemba, 2 de março de 2026 — O SERNIC e a Marinha de Guerra de Moçambique apreenderam heroína na Operação Recife.", "agency:mozambique-navy")]
    [InlineData("A Polícia Judiciária de Cabo Verde dirigiu a Operação Baía com a Marinha Nacional do Senegal.", "agency:senegal-navy")]
    [InlineData("L'OFAST a piloté l'opération Brise. La police néerlandaise a interpellé deux complices à Rotterdam.", "agency:dutch-national-police")]
    [InlineData("La Guardia Civil dirigió la Operación Cierzo. En Portugal, las autoridades lusas registraron dos naves.", "country:PT")]
    [InlineData("L'OFAST a piloté l'opération Brise. Les autorités helvétiques ont gelé trois comptes à Genève.", "country:CH")]
    public void ABodyOrCountryNamedInTheseWaysTakesPart(string text, string actor) =>
        Assert.Contains(actor, SingleEvent(text).ParticipantIds);

    [Fact]
    public void TheDemocraticRepublicOfTheCongoIsCdInPortugueseAndSpanish()
    {
        Assert.Contains("CD", Countries("Luanda, 2 de março de 2026 — Os diamantes seguiam para a República Democrática do Congo."));
        Assert.DoesNotContain("CG", Countries("Luanda, 2 de março de 2026 — Os diamantes seguiam para a República Democrática do Congo."));
        Assert.Contains("CD", Countries("Madrid, 2 de marzo de 2026. El coltán procedía de la República Democrática del Congo."));
        Assert.Contains("CG", Countries("Luanda, 2 de março de 2026 — A madeira saía pela República do Congo."));
    }

    [Fact]
    public void GuianaInPortugueseIsGuyana() =>
        Assert.Contains("GY", Countries("Praia, 2 de março de 2026 — O veleiro tinha zarpado da Guiana rumo aos Açores."));

    [Theory]
    [InlineData("La Guardia Civil y la Agencia Tributaria desmantelaron una red en la Operación Niebla. La investigación, desarrollada de manera conjunta por ambos cuerpos, duró un año.", new[] { "agency:guardia-civil", "agency:spain-aeat" })]
    [InlineData("A PSP e a GNR desmantelaram uma rede na Operação Névoa. A investigação, realizada de forma conjunta pelas duas polícias, durou um ano.", new[] { "agency:portugal-psp", "agency:portugal-gnr" })]
    public void JointConductByReferenceMakesTheEarlierBodiesLead(string text, string[] leads) =>
        Assert.Equal(leads.Order(), SingleEvent(text).LeadIds.Order());

    [Fact]
    public void ThePeopleOfTwoBodiesJoinTheirListOfSubjects() =>
        Assert.Equal(
            new[] { "agency:costa-rica-coast-guard", "agency:costa-rica-oij" },
            SingleEvent("Agentes del Organismo de Investigación Judicial (OIJ) y oficiales del Servicio Nacional de Guardacostas ejecutaron la Operación Estero en Puntarenas.").LeadIds.Order());

    [Theory]
    [InlineData("A Polícia Judiciária dirigiu a Operação Maré e deteve seis tripulantes. Em terra, foram ainda detidas duas pessoas, elevando para oito o número total de detidos.", 8)]
    [InlineData("L'OFAST a piloté l'opération Brise. Vingt-deux individus ont été interpellés. Au Tchad, la police a arrêté cinq membres du réseau, portant à vingt-sept le nombre total d'interpellations.", 27)]
    [InlineData("La Guardia Civil dirigió la Operación Cierzo y detuvo a diez personas. En Marruecos fueron arrestadas otras tres, lo que eleva a trece el número total de detenidos.", 13)]
    public void ATotalToldAfterItsNumberIsTheArrests(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures["arrests"]);

    [Fact]
    public void ANumberBeforeATotalOfAnotherThingIsNoArrestTotal() =>
        Assert.Equal(6, SingleEvent("A Polícia Judiciária dirigiu a Operação Maré e deteve seis tripulantes, elevando para duas o número total de embarcações apreendidas.").Figures["arrests"]);

    [Theory]
    [InlineData("La Guardia Civil dirigió la Operación Cierzo. Según fuentes de la Policía Nacional, la red operaba desde Ceuta.", "agency:spain-national-police")]
    [InlineData("A Polícia Judiciária dirigiu a Operação Maré. Segundo a Polícia Federal, a droga vinha de Santos.", "agency:brazil-pf")]
    [InlineData("L'OFAST a piloté l'opération Brise. Selon la police belge, le réseau opérait depuis Anvers.", "agency:belgian-federal-police")]
    public void ABodyQuotedOnlyAsASourceTakesNoPart(string text, string absent) =>
        Assert.DoesNotContain(absent, SingleEvent(text).ParticipantIds);

    [Fact]
    public void ABodyQuotedAsASourceStillTakesPartWhereItActs() =>
        Assert.Contains("agency:spain-national-police", SingleEvent("La Guardia Civil y la Policía Nacional dirigieron la Operación Cierzo. Según la Policía Nacional, la red operaba desde Ceuta.").ParticipantIds);

    [Theory]
    [InlineData("Sous l'impulsion d'Europol, l'opération Brise a visé un réseau de passeurs avec la Police nationale.", "agency:europol")]
    [InlineData("La Operación Cierzo, por iniciativa de la Fiscalía Especial Antidroga, contó con la Guardia Civil.", "agency:spain-prosecutor")]
    [InlineData("A Operação Maré, por iniciativa do Ministério Público, contou com a Guarda Nacional Republicana.", "agency:portugal-prosecutor")]
    public void ABodyTheOperationStartedFromLeads(string text, string lead) =>
        Assert.Equal([lead], SingleEvent(text).LeadIds);

    [Fact]
    public void AnAsideOfJointWorkEndsALeadsAgents() =>
        Assert.Equal(["agency:brazil-pf"], SingleEvent("A Operação Maré foi coordenada pela Polícia Federal em conjunto com a Receita Federal, no Porto de Santos.").LeadIds);
}
