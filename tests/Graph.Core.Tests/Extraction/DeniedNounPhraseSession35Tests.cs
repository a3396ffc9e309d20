using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 35: a denial that comes back to a body through a common noun its name or demonym qualifies ("The Colombian force
/// did not take part", "The WCO office had no role", "no Peruvian officers took part"), or names the operation with a demonym
/// before its noun, denies that body's part as plainly; so does a coordinated denial after a body the gazetteer knows only by
/// its bracketed acronym. Officers that did take part still do. Every sentence is written for the test.
/// </summary>
public sealed class DeniedNounPhraseSession35Tests
{
    private const string Opening = "QUITO, 5 May 2026 — Ecuador's National Police arrested eleven people in Operation Cotopaxi Gate, which broke up a network that hid cocaine in flower boxes. ";

    [Theory]
    [InlineData(Opening + "The route had first been spotted in a 2024 inquiry by Colombia's National Police. The Colombian force did not take part in the Ecuadorian operation.", "agency:colombia-police")]
    [InlineData(Opening + "Peru's National Police had trained the Ecuadorian dog handlers in 2024, but no Peruvian officers took part in Cotopaxi Gate.", "country:PE")]
    [InlineData(Opening + "An alert sent in 2024 by the World Customs Organization's regional office started the inquiry. The WCO office had no role in the operation itself.", "agency:wco")]
    [InlineData("Tegucigalpa, 5 de mayo de 2026.– La Policía Nacional de Honduras detuvo a once personas en la Operación Puerta Azul.\n\nLa operación fue dirigida por la Policía Nacional y contó con la Fuerza Naval de Honduras, que detuvo una lancha en Trujillo.\n\nLa Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos (ATF) de Estados Unidos revisó, a pedido de Honduras, los registros de las armas, pero no tomó parte en la operación.", "agency:atf")]
    public void ABodyDeniedThroughANounPhraseTakesNoPart(string text, string actor) =>
        Assert.DoesNotContain(actor, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData(Opening + "Colombian police officers took part in the Ecuadorian operation.", "country:CO")]
    public void OfficersThatTookPartStillDo(string text, string actor) =>
        Assert.Contains(actor, SingleEvent(text).ParticipantIds);
}
