using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Issue 17, second pass: figures, names, leads and nationalities as Spanish, Portuguese and French write them.</summary>
public sealed class RomanceWordingTests
{
    [Theory]
    [InlineData("La Guardia Civil y Europol detuvieron a treinta y dos personas.", 32)]
    [InlineData("A Polícia Judiciária e a Eurojust anunciaram vinte e três detidos.", 23)]
    [InlineData("Trente et une personnes ont été arrêtées par la Garde nationale tunisienne et INTERPOL.", 31)]
    [InlineData("Un total de soixante et onze personnes ont été interpellées par la Gendarmerie nationale et Europol.", 71)]
    public void TensJoinedToAUnitByAndAreOneNumber(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures["arrests"]);

    [Fact]
    public void ACountAfterTheSingularArrestNounIsTheArrests() =>
        Assert.Equal(8, SingleEvent("A operação do SERNIC e da Interpol resultou na detenção de oito tripulantes.").Figures["arrests"]);

    [Fact]
    public void CapitalisedNationalityNounsAfterACountArePeopleNotParticipants()
    {
        var cooperation = SingleEvent("La Garde nationale tunisienne et INTERPOL ont arrêté dix-neuf Tunisiens et douze Algériens.");

        Assert.DoesNotContain("country:DZ", cooperation.ParticipantIds);
        Assert.Contains("country:DZ", ActorIds("La Garde nationale tunisienne et INTERPOL ont arrêté dix-neuf Tunisiens et douze Algériens."));
    }

    [Fact]
    public void ALeadCueOpeningTheSentenceEndsAtItsComma()
    {
        var cooperation = SingleEvent("Bajo la coordinación de AMERIPOL, la Gendarmería Nacional Argentina y la Policía Nacional del Paraguay detuvieron a 16 personas.");

        Assert.Equal(["agency:ameripol"], cooperation.LeadIds);
        Assert.Contains("agency:argentina-gna", cooperation.ParticipantIds);
    }

    [Theory]
    [InlineData("La Guardia Civil ha encabezado la investigación, con el apoyo de Europol.", "agency:guardia-civil")]
    [InlineData("La Fiscalía General de la Nación y la NCA británica encabezaron conjuntamente la investigación.", "agency:nca")]
    [InlineData("A operação, sob a liderança da Polícia Federal, contou com a participação da Polícia Nacional do Paraguai.", "agency:brazil-pf")]
    [InlineData("L'opération a été menée sous la conduite de l'OFAST avec la Police fédérale belge.", "agency:ocrtis")]
    public void LeadsWithoutDirigidaPorAreRead(string text, string lead) =>
        Assert.Contains(lead, SingleEvent(text).LeadIds);

    [Fact]
    public void AQuotedNameRunsToItsClosingQuote() =>
        Assert.EndsWith("Toile d'araignée", SingleEvent("La PLCC a mené une vaste opération baptisée « Toile d'araignée », avec la participation d'INTERPOL.").Name);

    [Fact]
    public void AnOpeningQuoteEndingTheSentenceNamesNoOperation() =>
        Assert.All(Extract("La Guardia Civil y Europol lanzaron la Operación «").Events, e => Assert.Null(e.Name));

    [Fact]
    public void ANameJoinedByDeKeepsBothWords() =>
        Assert.Equal("Operación Cóndor de Plata", SingleEvent("La Operación Cóndor de Plata estuvo a cargo de la Policía Nacional del Perú con la DEA.").Name);

    [Theory]
    [InlineData("La Policía Nacional del Perú y la DEA comprobaron que la cocaína se enviaba a Brasil.", "country:BR")]
    [InlineData("L'OFAST et la Police fédérale belge ont établi qu'une partie repartait vers les Pays-Bas.", "country:NL")]
    [InlineData("A Polícia Federal e a Interpol apuraram que as aves seguiam de avião para a Alemanha.", "country:DE")]
    public void ADestinationAfterAnArticleIsMentionedNotTakingPart(string text, string country)
    {
        Assert.Contains(country, ActorIds(text));
        Assert.DoesNotContain(country, SingleEvent(text).ParticipantIds);
    }

    [Theory]
    [InlineData("Le SERNIC et la police tanzanienne ont intercepté un boutre dans l'océan Indien.", "country:IN")]
    [InlineData("La Marine nationale et INTERPOL ont saisi un navire dans le golfe de Guinée.", "country:GN")]
    public void ASeaNamedAfterACountryNamesNoCountry(string text, string country) =>
        Assert.DoesNotContain(country, ActorIds(text));
}
