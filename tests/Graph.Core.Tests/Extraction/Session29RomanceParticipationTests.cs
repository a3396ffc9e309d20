using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 29 (issue 13): Spanish, Portuguese and French bodies that only authorise, order or issue a step of the case (the
/// court or prosecutor signing the warrants) take no part in the operation by that mention; a place where police work is
/// denied ("aucune arrestation n'a eu lieu en Ukraine") and a body whose association with the operation is denied take none.
/// </summary>
public sealed class Session29RomanceParticipationTests
{
    [Theory]
    [InlineData("La Policía Nacional Civil detuvo a nueve personas en la Operación Sello. Los allanamientos fueron autorizados por el Juzgado Quinto de Instrucción de Guatemala.", "agency:guatemala-pnc", "agency:juzgado-quinto-de-instruccion-de-guatemala")]
    [InlineData("La Policía Nacional de Colombia detuvo a nueve personas en la Operación Sello. Las capturas fueron ordenadas por la Fiscalía General de la Nación.", "agency:colombia-police", "agency:colombia-fiscalia")]
    [InlineData("A Polícia Federal prendeu cinco pessoas na Operação Selo. Os mandados de busca foram emitidos pelo Ministério Público de Angola.", "agency:brazil-pf", "agency:angola-pgr")]
    [InlineData("La Police nationale sénégalaise a interpellé cinq personnes lors de l'opération Sceau. Les mandats ont été délivrés par le Parquet de Dakar.", "agency:senegal-police", "agency:parquet-de-dakar")]
    public void ABodyThatOnlyAuthorisesOrOrdersAStepTakesNoPart(string text, string actor, string signer)
    {
        var participants = SingleEvent(text).ParticipantIds;

        Assert.Contains(actor, participants);
        Assert.DoesNotContain(signer, participants);
    }

    [Theory]
    [InlineData("La Guardia Civil detuvo a ocho personas en la Operación Sello. No hubo detenciones en Marruecos, donde estaban los servidores.", "country:MA")]
    [InlineData("La Police cantonale genevoise a interpellé huit personnes lors de l'opération Sceau. Aucune arrestation n'a eu lieu en Ukraine, où se trouvaient les serveurs.", "country:UA")]
    public void APlaceWherePoliceWorkIsDeniedTakesNoPart(string text, string place) =>
        Assert.DoesNotContain(place, SingleEvent(text).ParticipantIds);

    [Fact]
    public void ABodyWhoseAssociationIsDeniedTakesNoPart()
    {
        var participants = SingleEvent("La Police cantonale genevoise a interpellé huit personnes lors de l'opération Sceau. La Police nationale française conduit sa propre enquête et n'a pas été associée à cette opération.").ParticipantIds;

        Assert.DoesNotContain("agency:police-nationale", participants);
        Assert.DoesNotContain("country:FR", participants);
    }

    [Theory]
    [InlineData("La Dirección General de Aduanas incautó 40 fusiles en la Operación Puerto. Las autoridades haitianas fueron alertadas por la vía diplomática.", "country:HT")]
    [InlineData("O SIC deteve cinco pessoas na Operação Porto. As autoridades namibianas foram alertadas pela via diplomática.", "country:NA")]
    public void AuthoritiesOnlyAlertedInThePluralTakeNoPart(string text, string country) =>
        Assert.DoesNotContain(country, SingleEvent(text).ParticipantIds);
}
