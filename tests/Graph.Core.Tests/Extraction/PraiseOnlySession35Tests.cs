using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 35: a body whose own verb only praises the work ("felicitó", "parabenizou", as "congratulated" in English) takes
/// no part by it, also when its name is followed by its acronym and its country ("(RCMP) de Canadá felicitó"). The same body
/// doing the work still takes part. Every sentence is written for the test.
/// </summary>
public sealed class PraiseOnlySession35Tests
{
    [Theory]
    [InlineData("Santo Domingo, 5 de mayo de 2026.– La Dirección Nacional de Control de Drogas detuvo a seis personas en la Operación Bahía Clara. La Real Policía Montada del Canadá (RCMP) de Canadá felicitó a los agentes dominicanos por el decomiso.", "agency:rcmp")]
    [InlineData("Manaus, 5 de maio de 2026 – A Polícia Federal prendeu seis pessoas na Operação Rio Claro. A Secretaria de Segurança Pública do Amazonas parabenizou os policiais federais pela apreensão.", "agency:amazonas-ssp")]
    public void ABodyThatOnlyPraisesTakesNoPart(string text, string agency) =>
        Assert.DoesNotContain(agency, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Santo Domingo, 5 de mayo de 2026.– La Dirección Nacional de Control de Drogas detuvo a seis personas en la Operación Bahía Clara. La Real Policía Montada del Canadá (RCMP) de Canadá detuvo a otros dos sospechosos en Toronto.", "agency:rcmp")]
    public void ABodyThatWorksStillTakesPart(string text, string agency) =>
        Assert.Contains(agency, SingleEvent(text).ParticipantIds);
}
