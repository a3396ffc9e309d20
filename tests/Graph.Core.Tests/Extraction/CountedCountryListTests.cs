using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 22: the Spanish, Portuguese and French counterparts of "border guards of eleven countries: …" and "Nine
/// countries took part: …", which English already read: every country of the list takes part. The same words elsewhere
/// (a border crossed, a suspect who "a pris la fuite" to a country) still leave a country only mentioned. Every sentence
/// is written for the test.
/// </summary>
public sealed class CountedCountryListTests
{
    [Theory]
    [InlineData("Lomé, le 4 mars 2026 – L'opération Filet Sud, coordonnée par AFRIPOL, a visé le trafic d'armes. Quatre pays y ont pris part : le Togo, le Bénin, le Ghana et le Niger.", "TG", "BJ", "GH", "NE")]
    [InlineData("Ciudad de Guatemala, 4 de marzo de 2026. La Operación Paso Sur, coordinada por INTERPOL, movilizó a policías y guardias de frontera de cuatro países: Guatemala, Honduras, El Salvador y Nicaragua.", "GT", "HN", "SV", "NI")]
    [InlineData("Maputo, 4 de março de 2026 — A Operação Rio Sul, coordenada pela INTERPOL, mobilizou guardas de fronteira de quatro países: Moçambique, Malawi, Zâmbia e Tanzânia.", "MZ", "MW", "ZM", "TZ")]
    public void EveryCountryOfACountedListOfGuardsOrParticipantsTakesPart(string text, params string[] countries)
    {
        var participants = SingleEvent(text).ParticipantIds;
        foreach (var country in countries)
        {
            Assert.Contains($"country:{country}", participants);
        }
    }

    [Theory]
    [InlineData("San Salvador, 4 de marzo de 2026. Los migrantes cruzaron la frontera de Guatemala y fueron detenidos por la Policía Nacional Civil en la Operación Paso Sur.", "country:GT")]
    [InlineData("Dakar, le 4 mars 2026 – Deux suspects ont pris la fuite vers le Mali avant d'être interpellés par la Gendarmerie nationale lors de l'opération Sahel Sûr.", "country:ML")]
    public void ACountryOnlyCrossedOrFledToIsNoParticipant(string text, string country) =>
        Assert.DoesNotContain(country, SingleEvent(text).ParticipantIds);
}
