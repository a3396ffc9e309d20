using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 33: a part denied through a pronoun ("…, neither of which took part", "Neither took part in the raids.", "Neither
/// the Guardia Civil nor Europol took part", "…, ninguna de las cuales participó") is denied to the bodies the pronoun stands
/// for, in the whole operation; the agent of a passive in the future ("will be examined by", "será acompanhado pelo") acts
/// after the operation; a denial "in this case" or "part of the investigation", or of a body owning the name before a relative
/// aside ("Croatia's Border Police Directorate, which …, was not involved"), is a denial in the whole operation. Every sentence
/// is written for the test. A body findings are "passed to" only receives them.
/// </summary>
public sealed class ParticipationSession33Tests
{
    [Theory]
    [InlineData("Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour after months of surveillance at the port of Setúbal. The tip came from a working group set up in 2021 by the Spanish National Police and the French Gendarmerie, neither of which took part in this operation.")]
    [InlineData("Madrid, 9 de mayo de 2026. La Policía Nacional detuvo a nueve personas en la operación Puerto Tranquilo. El aviso llegó de un grupo de trabajo creado en 2021 con la Policía Judiciária de Portugal y la Gendarmería francesa, ninguna de las cuales participó en esta operación.")]
    public void BodiesListedBeforeADenyingPronounTakeNoPart(string text)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.DoesNotContain("agency:gendarmerie-nationale", participants);
        Assert.DoesNotContain("country:FR", participants);
        Assert.Single(participants, id => id.StartsWith("agency:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour after months of surveillance at the port of Setúbal. The findings have been shared with the Spanish National Police and Europol. Neither took part in the raids.")]
    [InlineData("Madrid, 9 de mayo de 2026. La Policía Nacional detuvo a nueve personas en la operación Puerto Tranquilo. Los resultados se enviaron a la Guardia Civil y a Europol. Ninguna de las dos participó en los registros.")]
    public void ADenyingPronounOpeningASentenceStandsForTheBodiesOfTheSentenceBefore(string text)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.DoesNotContain("agency:europol", participants);
        Assert.Single(participants, id => id.StartsWith("agency:", StringComparison.Ordinal));
    }

    [Fact]
    public void BodiesBetweenNeitherAndTheDeniedWordTakeNoPart()
    {
        var participants = SingleEvent(
            "Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour with the help of the Spanish National Police. Neither Europol nor INTERPOL took part in the raids.").ParticipantIds;
        Assert.DoesNotContain("agency:interpol", participants);
        Assert.Contains("agency:spain-national-police", participants);
    }

    [Fact]
    public void APronounStandingForSuspectsDeniesNoBody() =>
        Assert.Contains("agency:ghana-customs", SingleEvent(
            "Accra, 9 May 2026 — The Ghana Police Service and the Ghana Revenue Authority arrested seven men at the Tema port in Operation Sea Gate. None of the men had been involved in the earlier thefts.").ParticipantIds);

    [Theory]
    [InlineData("Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour. The seized phones will be examined by Europol.")]
    [InlineData("Lisboa, 9 de maio de 2026 — A Polícia Judiciária deteve nove pessoas na Operação Porto Calmo. O inquérito continua com a PJ e será acompanhado pela Europol.")]
    [InlineData("Madrid, 9 de mayo de 2026. La Policía Nacional detuvo a nueve personas en la operación Puerto Tranquilo. Los teléfonos intervenidos serán analizados por Europol.")]
    [InlineData("Marseille, le 9 mai 2026 – La Police nationale a interpellé neuf personnes lors de l'opération Port Tranquille. Les téléphones saisis seront analysés par Europol.")]
    public void TheAgentOfAPassiveInTheFutureTakesNoPart(string text) =>
        Assert.DoesNotContain("agency:europol", SingleEvent(text).ParticipantIds);

    [Fact]
    public void TheAgentOfAPassiveInThePastKeepsItsPart() =>
        Assert.Contains("agency:europol", SingleEvent(
            "Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour. The phones were examined by Europol.").ParticipantIds);

    [Fact]
    public void ABodyOwningTheNameBeforeARelativeAsideIsTheSubjectOfTheDenialAfterIt()
    {
        var participants = SingleEvent(
            "Sarajevo, 9 May 2026 — SIPA arrested nine people in Operation Iron Gate. Croatia's Border Police Directorate, which signed a memorandum with SIPA in 2022, was not involved in this case.").ParticipantIds;
        Assert.DoesNotContain("country:HR", participants);
        Assert.Contains("agency:bih-sipa", participants);
    }

    [Theory]
    [InlineData("Oslo, 9 May 2026 — Økokrim arrested nine people in Operation Cold Ledger. Europol analysts traced the payments to Tallinn. Europol's cybercrime centre, which opened a file on the network in 2024, was not part of the investigation.")]
    [InlineData("Lisboa, 9 de maio de 2026 — A Polícia Judiciária deteve nove pessoas na Operação Porto Calmo. A Europol analisou os pagamentos. A Europol, que abriu um ficheiro sobre a rede em 2024, não participou nesta operação.")]
    [InlineData("Marseille, le 9 mai 2026 – La Police nationale a interpellé neuf personnes lors de l'opération Port Tranquille. Europol a analysé les paiements. Europol, qui avait ouvert un dossier sur le réseau en 2024, n'a pas participé à cette enquête.")]
    public void APartDeniedInThisOperationOrAsPartOfItIsDeniedInTheWholeOperation(string text) =>
        Assert.DoesNotContain("agency:europol", SingleEvent(text).ParticipantIds);

    [Fact]
    public void ThisCaseAfterASentenceAboutAnotherCaseIsThatOtherCase() =>
        Assert.Contains("agency:europol", SingleEvent(
            "Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour with the help of Europol. In a separate case in 2023, the Guardia Civil seized a yacht in Vigo with Europol. Europol took no part in this case.").ParticipantIds);

    [Fact]
    public void ABodyTakingPartInTheLedeKeepsItsPartWhenALaterDenialTellsOfSomethingElse() =>
        Assert.Contains("agency:portugal-pj", SingleEvent(
            "Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour. The same week the Navy ran a separate patrol off Sines and seized a boat. The Judiciary Police did not take part in this operation.").ParticipantIds);

    [Fact]
    public void ABodyFindingsArePassedToTakesNoPart() =>
        Assert.DoesNotContain("agency:europol", SingleEvent(
            "Lisbon, 9 May 2026 — The Judiciary Police arrested nine people in Operation Quiet Harbour. The names of the buyers have been passed to Europol for analysis.").ParticipantIds);
}
