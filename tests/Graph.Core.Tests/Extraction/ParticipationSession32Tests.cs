using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 32: a denial with no subject of its own ("…, without taking part", "…, aunque no ha intervenido", "…, sans
/// participer") denies the part of the body that opens the clause, not of the nearest body; a body that suspends its own
/// people tells the aftermath and takes no part; a body a case will be referred to only receives it. Every sentence is
/// written for the test.
/// </summary>
public sealed class ParticipationSession32Tests
{
    [Theory]
    [InlineData("Rotterdam, 9 May 2026 — The Dutch National Police and the Belgian Federal Police arrested eleven people in Operation Low Tide. Europol lent an analyst to the Belgian and Dutch investigators, without taking part in the arrests.")]
    [InlineData("Madrid, 9 de mayo de 2026. La Policía Nacional y la Guardia Civil detuvieron a once personas en la operación Bajamar. Europol envió un analista a los investigadores españoles, aunque no ha intervenido en las detenciones.")]
    [InlineData("Lisboa, 9 de maio de 2026 — A Polícia Judiciária e a Guarda Nacional Republicana detiveram onze pessoas na Operação Maré Baixa. A Europol enviou um analista aos investigadores portugueses, sem participar nas detenções.")]
    [InlineData("Bruxelles, le 9 mai 2026 – La police judiciaire fédérale et la police néerlandaise ont interpellé onze personnes lors de l'opération Marée Basse. Europol a prêté un analyste aux enquêteurs belges et néerlandais, sans participer aux interpellations.")]
    public void ABodyOpeningAClauseWhoseDenialHasNoSubjectTakesNoPart(string text) =>
        Assert.DoesNotContain("agency:europol", SingleEvent(text).ParticipantIds);

    [Fact]
    public void AnEnglishDenialAfterButDeniesTheOpeningBodyNotTheNearestOne()
    {
        var participants = SingleEvent(
            "Rotterdam, 9 May 2026 — The Dutch National Police arrested eleven people in Operation Low Tide. Europol lent an analyst to the Belgian Federal Police, but did not take part in the arrests.").ParticipantIds;
        Assert.DoesNotContain("agency:europol", participants);
        Assert.Contains("agency:dutch-national-police", participants);
    }

    [Theory]
    [InlineData("Accra, 9 May 2026 — The Ghana Police Service arrested seven people over bribes at the Tema port. The Ghana Revenue Authority said it had suspended the four officers and would cooperate with the inquiry.")]
    [InlineData("Lima, 9 de mayo de 2026. La Policía Nacional del Perú detuvo a siete personas por sobornos en el puerto del Callao. La SUNAT suspendió a los cuatro funcionarios implicados.")]
    public void ABodyThatSuspendsItsOwnPeopleTakesNoPart(string text) =>
        Assert.Equal(1, SingleEvent(text).ParticipantIds.Count(id => id.StartsWith("agency:", StringComparison.Ordinal)));

    [Fact]
    public void ABodyThatSuspendsItsPeopleAndHandsOverRecordsKeepsItsPart() =>
        Assert.Equal(2, SingleEvent(
            "Accra, 9 May 2026 — The Ghana Police Service arrested seven people over bribes at the Tema port. The Ghana Revenue Authority suspended the four officers and handed the clearance files to the detectives.").ParticipantIds.Count(id => id.StartsWith("agency:", StringComparison.Ordinal)));

    [Fact]
    public void ABodyACaseWillBeReferredToTakesNoPart()
    {
        var participants = SingleEvent(
            "Busan, 9 May 2026 — The Korea Customs Service seized 900 fake watches at the port of Busan. The service said it would refer the case to the Busan District Prosecutors' Office.").ParticipantIds;
        Assert.Single(participants, id => id.StartsWith("agency:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Lyon, 9 May 2026 — INTERPOL ran Operation Harbour against arms smuggling in the ports of three countries: Benin, Togo and Ghana.")]
    [InlineData("Lomé, le 9 mai 2026 – L'opération Rempart, coordonnée par INTERPOL, s'est déroulée dans les ports de trois pays : le Bénin, le Togo et le Ghana.")]
    [InlineData("Lomé, 9 de maio de 2026 — A Operação Porto, coordenada pela INTERPOL, decorreu nos portos de 3 países: Togo, Gana e Níger.")]
    public void CountriesListedAfterACountOfCountriesTakePart(string text)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.Contains("country:TG", participants);
        Assert.Contains("country:GH", participants);
    }

    [Fact]
    public void CountriesListedAfterACountWithNoActionTakeNoPart() =>
        Assert.DoesNotContain("country:GH", SingleEvent(
            "Lyon, 9 May 2026 — Officers of the Togo Police arrested five men in Operation Harbour. The buyers lived in three countries: Benin, Niger and Ghana.").ParticipantIds);
}
