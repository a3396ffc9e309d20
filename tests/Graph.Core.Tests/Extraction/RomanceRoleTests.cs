using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Issue 17: origins, places and leads in Spanish, Portuguese and French wording.</summary>
public sealed class RomanceRoleTests
{
    [Theory]
    [InlineData("La Police nationale a secouru des migrants originaires du Soudan, du Tchad et d'Érythrée.", "country:SD", "country:TD", "country:ER")]
    [InlineData("A Polícia Judiciária identificou vítimas oriundas da Bolívia, do Nepal e da Índia.", "country:BO", "country:NP", "country:IN")]
    [InlineData("La Guardia Civil comprobó que el hachís llegaba de Marruecos y de Argelia.", "country:MA", "country:DZ")]
    public void EveryCountryOfAnOriginListIsMentionedNotTakingPart(string text, params string[] countries)
    {
        var extraction = Extract(text);

        foreach (var country in countries)
        {
            Assert.Contains(extraction.Actors, a => a.Id == country);
            Assert.DoesNotContain(country, Assert.Single(extraction.Events).ParticipantIds);
        }
    }

    [Theory]
    [InlineData("A Polícia Judiciária apurou que o dinheiro passava por uma empresa de fachada na Irlanda.", "country:IE")]
    [InlineData("D'après l'enquête de la Gendarmerie nationale, les pièces étaient fabriquées en Chine.", "country:CN")]
    [InlineData("La Policía Nacional halló cuentas en Andorra a nombre de los cabecillas.", "country:AD")]
    public void APlaceWhereThingsAreMadeOrKeptIsMentionedNotTakingPart(string text, string country)
    {
        var extraction = Extract(text);

        Assert.Contains(extraction.Actors, a => a.Id == country);
        Assert.DoesNotContain(country, Assert.Single(extraction.Events).ParticipantIds);
    }

    [Theory]
    [InlineData("A Polícia Judiciária deteve três brasileiros e um montenegrino.", "country:BR", "country:ME")]
    [InlineData("La Guardia Civil detuvo a 4 marroquíes en Algeciras.", "country:MA")]
    public void ALowerCaseDemonymAfterACountIsPeopleNotAParticipant(string text, params string[] countries)
    {
        var cooperation = SingleEvent(text);

        foreach (var country in countries)
        {
            Assert.DoesNotContain(country, cooperation.ParticipantIds);
        }
    }

    [Fact]
    public void AnAgencyOfAnotherCountryNamedWithDeStillTakesPart() =>
        Assert.Contains("country:PY", SingleEvent("Participaron agentes de la Policía Nacional del Paraguay y de la Guardia Civil.").ParticipantIds);

    [Fact]
    public void AUnitTheGazetteerDoesNotKnowLeadsAsTheBodyItBelongsTo()
    {
        var cooperation = SingleEvent("La operación, dirigida por la Brigada Central de Estupefacientes de la Policía Nacional, contó con el apoyo de Europol.");

        Assert.Equal(["agency:spain-national-police"], cooperation.LeadIds);
        Assert.Contains("agency:europol", cooperation.ParticipantIds);
    }

    [Fact]
    public void LowerCaseWordsBeforeTheBodyAreNoUnitName()
    {
        var cooperation = SingleEvent("La operación fue dirigida por jueces de instrucción de Madrid y contó con la Policía Nacional.");

        Assert.Empty(cooperation.LeadIds);
    }

    [Theory]
    [InlineData("L'enquête a été pilotée conjointement par la Gendarmerie nationale et la Guardia Civil.")]
    [InlineData("La investigación fue dirigida conjuntamente por la Guardia Civil y la Gendarmerie nationale.")]
    public void JointlyLedNamesEveryLead(string text) =>
        Assert.Equal(["agency:gendarmerie-nationale", "agency:guardia-civil"], SingleEvent(text).LeadIds.Order());
}
