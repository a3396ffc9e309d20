using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Issue 17, third pass: leads Spanish, Portuguese and French give through the subject of a sentence.</summary>
public sealed class RomanceSubjectLeadTests
{
    [Theory]
    [InlineData("La Guardia Civil ha llevado a cabo la Operación Faro junto a la Policía Judiciária de Portugal.", "agency:guardia-civil")]
    [InlineData("A Polícia Federal deflagrou nesta quinta-feira (4) a Operação Ribeira, com apoio da Receita Federal.", "agency:brazil-pf")]
    [InlineData("La Douane sénégalaise a conduit du 3 au 9 mai l'opération Baobab avec les douanes maliennes.", "agency:senegal-customs")]
    public void TheSubjectOfCarryingOutTheOperationLeadsIt(string text, string lead) =>
        Assert.Equal([lead], SingleEvent(text).LeadIds);

    [Fact]
    public void AStrongerCueOutranksTheBodiesThatCarriedTheOperationOut()
    {
        var cooperation = SingleEvent("O Ministério Público Federal e a Polícia Federal deflagraram a Operação Vértice. "
            + "A operação, sob a coordenação do Ministério Público Federal, contou com a Polícia Nacional do Paraguai.");

        Assert.Equal(["agency:brazil-mpf"], cooperation.LeadIds);
        Assert.Contains("agency:brazil-pf", cooperation.ParticipantIds);
    }

    [Fact]
    public void AnAsideBeforeTheVerbLeavesTheBodyOpeningTheSentenceAsLead()
    {
        var cooperation = SingleEvent("A Polícia Judiciária, em cooperação com a Guardia Civil e com o apoio da Eurojust, realizou a Operação Farol.");

        Assert.Equal(["agency:portugal-pj"], cooperation.LeadIds);
        Assert.Contains("agency:eurojust", cooperation.ParticipantIds);
    }

    [Fact]
    public void CarryingOutSomethingElseLeadsNothing() =>
        Assert.Empty(SingleEvent("La Guardia Civil realizó registros en Madrid y Valencia con Europol.").LeadIds);

    [Theory]
    [InlineData("A Polícia Judiciária esteve à frente da investigação, conduzida sob a égide da Eurojust.", "agency:portugal-pj")]
    [InlineData("L'OFAST a piloté l'opération Mistral sous l'égide d'Europol.", "agency:ocrtis")]
    public void BeingAtTheHeadOfTheOperationLeadsBesideAnotherLead(string text, string lead)
    {
        var leads = SingleEvent(text).LeadIds.ToList();

        Assert.Contains(lead, leads);
        Assert.Equal(2, leads.Count);
    }

    [Theory]
    [InlineData("La Policía Nacional del Perú y la Policía Nacional de Colombia siguieron durante un año a la red. Ambas instituciones planificaron la Operación Duna con INTERPOL.", "agency:peru-pnp", "agency:colombia-police")]
    [InlineData("La police judiciaire fédérale de Liège et la Garde nationale tunisienne ont suivi la filière. Les deux services ont coordonné l'opération Dune avec Europol.", "agency:belgian-federal-police", "agency:tunisia-police")]
    public void BothInstitutionsTakeUpTheBodiesThatOpenedAnEarlierSentence(string text, string first, string second)
    {
        var leads = SingleEvent(text).LeadIds.ToList();

        Assert.Contains(first, leads);
        Assert.Contains(second, leads);
        Assert.Equal(2, leads.Count);
    }

    [Fact]
    public void AJointActionNamedAfterItsNounMakesTheOpeningBodiesLeads()
    {
        var cooperation = SingleEvent("O SERNIC e a Polícia da República de Moçambique realizaram uma operação conjunta com a Interpol em Maputo.");

        Assert.Equal(2, cooperation.LeadIds.Count());
        Assert.DoesNotContain("agency:interpol", cooperation.LeadIds);
    }

    [Theory]
    [InlineData("L'opération Zéphyr a été menée sous l'égide d'Europol avec la Gendarmerie nationale.", "agency:europol")]
    [InlineData("À l'initiative de l'OFAST, l'opération Zéphyr a réuni la Gendarmerie nationale et la Police fédérale belge.", "agency:ocrtis")]
    public void CuePhrasesWithAnElidedArticleAreRead(string text, string lead) =>
        Assert.Equal([lead], SingleEvent(text).LeadIds);

    [Fact]
    public void ADayBeforeAMonthIsADateNotTheArrests() =>
        Assert.Equal(15, SingleEvent("Quinze personnes ont été interpellées le 16 avril par l'OFAST et la Guardia Civil.").Figures["arrests"]);

    [Fact]
    public void ANamingCueOpeningTheSentenceNamesTheOperationAfterIt() =>
        Assert.EndsWith(" Calanque", SingleEvent("Baptisée « Calanque », l'opération de l'OFAST et de la Guardia Civil a mobilisé deux cents policiers.").Name);
}
