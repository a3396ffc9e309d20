using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 26: the Spanish, Portuguese and French agent's mark reaching the context participles, and a part denied in so
/// many words silencing only the body it is said of.
/// </summary>
public sealed class RomanceDeniedPartTests
{
    [Theory]
    [InlineData("La Policía Federal Argentina desarticuló una banda en la Operación Ceibo, con drones financiados por la Policía Federal del Brasil.")]
    [InlineData("A Polícia Federal Argentina desarticulou uma quadrilha na Operação Ceibo, com drones financiados pela Polícia Federal do Brasil.")]
    [InlineData("La Policía Federal Argentina a démantelé une bande lors de l'opération Ceibo, avec des drones financés par la Polícia Federal du Brésil.")]
    public void AFunderAfterTheRomanceAgentMarkTakesNoPart(string text)
    {
        var cooperation = SingleEvent(text);

        Assert.Contains("agency:argentina-pfa", cooperation.ParticipantIds);
        Assert.DoesNotContain("agency:brazil-pf", cooperation.ParticipantIds);
    }

    [Theory]
    [InlineData("La Operación Ceibo fue realizada por la Policía Federal Argentina y por la Policía Federal del Brasil.")]
    [InlineData("A Operação Ceibo foi realizada pela Polícia Federal Argentina e pela Polícia Federal do Brasil.")]
    [InlineData("L'opération Ceibo a été réalisée par la Policía Federal Argentina et par la Polícia Federal du Brésil.")]
    public void ABodyAfterTheAgentMarkOfAnActingVerbStillTakesPart(string text) =>
        Assert.Contains("agency:brazil-pf", SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("La Gendarmería Nacional Argentina desarticuló una banda en la Operación Ceibo. La Policía Nacional del Paraguay, que había recibido alertas, cerró el paso fronterizo y no tomó parte en los allanamientos.", "agency:paraguay-police")]
    [InlineData("La Gendarmería Nacional Argentina desarticuló una banda en la Operación Ceibo. Tampoco intervino la Policía Federal del Brasil.", "agency:brazil-pf")]
    [InlineData("A Gendarmería Nacional Argentina desmantelou uma quadrilha na Operação Ceibo. A Polícia Nacional do Paraguai recebeu um alerta, mas não foi notificada das buscas.", "agency:paraguay-police")]
    [InlineData("La Gendarmería Nacional Argentina a démantelé une bande lors de l'opération Ceibo. La Police fédérale belge sera saisie du dossier ; elle n'a pas participé aux interpellations.", "agency:belgian-federal-police")]
    [InlineData("La Gendarmería Nacional Argentina a démantelé une bande lors de l'opération Ceibo. La Police fédérale belge n'était pas non plus impliquée, selon le parquet.", "agency:belgian-federal-police")]
    public void TheSubjectOfADeniedPartTakesNoPart(string text, string absent)
    {
        var cooperation = SingleEvent(text);

        Assert.Contains("agency:argentina-gna", cooperation.ParticipantIds);
        Assert.DoesNotContain(absent, cooperation.ParticipantIds);
    }

    // The session-22 statistic phrases ("no forma parte", "n'a pas participé") still silence a whole sentence: these use other words.
    [Theory]
    [InlineData("La Gendarmería Nacional Argentina y la Policía Nacional del Paraguay desarticularon una banda en la Operación Ceibo, y detuvieron a un conductor que nunca participó en la banda.")]
    [InlineData("La Gendarmería Nacional Argentina y la Policía Nacional del Paraguay desarticularon una banda en la Operación Ceibo; la Policía Nacional del Paraguay no solo participó en los allanamientos, también custodió a los detenidos.")]
    [InlineData("La Gendarmería Nacional Argentina et la Policía Nacional del Paraguay ont démantelé une bande lors de l'opération Ceibo ; un passeur qui n'était pas impliqué dans le trafic a été relâché.")]
    public void ADenialOfSomeoneElseOrALimitedPartLeavesTheBodiesTakingPart(string text)
    {
        var cooperation = SingleEvent(text);

        Assert.Contains("agency:argentina-gna", cooperation.ParticipantIds);
        Assert.Contains("agency:paraguay-police", cooperation.ParticipantIds);
    }
}
