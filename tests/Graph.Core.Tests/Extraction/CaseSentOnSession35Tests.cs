using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 35: a clause that opens on the case, its file or its report and names a body after a word of destination sends
/// the case on once the operation is over, whatever its verb: the body named only so takes no part. A body the
/// investigation was carried out with, after the same little words, still takes part. Every sentence is written for the test.
/// </summary>
public sealed class CaseSentOnSession35Tests
{
    [Theory]
    [InlineData("Valencia, 12 de mayo de 2026.– La Guardia Civil ha desmantelado en la Operación Naranjo una red que robaba maquinaria agrícola. Los agentes detuvieron a nueve personas en tres pueblos de la comarca. El atestado y las pruebas se enviarán en los próximos días a la Fiscalía Provincial de Valencia.", "agency:spain-prosecutor")]
    [InlineData("Belém, 12 de maio de 2026 – A Polícia Federal deflagrou a Operação Cupuaçu contra uma quadrilha que desviava madeira de terras indígenas. Seis pessoas foram presas em Marabá. Os inquéritos seguem agora para o Ministério Público Federal e para a Justiça Federal.", "agency:brazil-mpf")]
    [InlineData("Lyon, le 12 mai 2026 – La Police nationale a démantelé un réseau de vols de vélos lors de l'opération Guidon. Cinq personnes ont été interpellées. Le dossier sera transmis dans la semaine au parquet de Lyon.", "agency:lyon-prosecutor")]
    public void ABodyTheCaseIsSentToTakesNoPart(string text, string agency) =>
        Assert.DoesNotContain(agency, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Belém, 12 de maio de 2026 – A Polícia Federal deflagrou a Operação Cupuaçu contra uma quadrilha que desviava madeira. A investigação foi feita em conjunto com a Polícia Rodoviária Federal, e seis pessoas foram presas em Marabá.", "agency:brazil-prf")]
    [InlineData("Lyon, le 12 mai 2026 – La Police nationale a démantelé un réseau de vols de vélos lors de l'opération Guidon. Cinq personnes ont été interpellées. Le parquet de Lyon a dirigé les perquisitions.", "agency:lyon-prosecutor")]
    public void ABodyTheCaseWasWorkedWithStillTakesPart(string text, string agency) =>
        Assert.Contains(agency, SingleEvent(text).ParticipantIds);
}
