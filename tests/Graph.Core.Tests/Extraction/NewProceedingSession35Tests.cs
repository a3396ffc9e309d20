using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 35: a body whose own verb opens a proceeding named with an indefinite article ("opened an inquiry", "abrió una
/// causa", "abriu um inquérito", "a ouvert une information judiciaire") starts a case of its own and takes no part by that
/// mention; one that goes on to arrest people, or opens "a parallel inquiry", keeps its part. Every sentence is written for
/// the test.
/// </summary>
public sealed class NewProceedingSession35Tests
{
    [Theory]
    [InlineData("Asunción, 6 de mayo de 2026.– La Secretaría Nacional Antidrogas (Senad) incautó 900 kilos de marihuana en la Operación Tacurú. El Ministerio Público abrió una causa por narcotráfico contra los dueños del campo.", "agency:paraguay-mp")]
    [InlineData("Recife, 6 de maio de 2026 – A Polícia Federal prendeu quatro pessoas na Operação Maré Baixa. A Polícia Civil de Pernambuco abriu um inquérito sobre a origem do dinheiro apreendido.", "agency:pernambuco-civil-police")]
    [InlineData("KINGSTON, 6 May 2026 — The Jamaica Constabulary Force seized 300 kilograms of cannabis in Operation Blue Mountain. The Financial Investigations Division has opened an inquiry into the owners of the boat.", "agency:jamaica-fid")]
    [InlineData("Nantes, le 6 mai 2026 – La Gendarmerie nationale a démantelé un réseau de vol de bateaux lors de l'opération Estuaire. Le parquet de Nantes a ouvert une information judiciaire pour recel en bande organisée.", "agency:nantes-prosecutor")]
    public void ABodyOpeningANewProceedingTakesNoPart(string text, string agency) =>
        Assert.DoesNotContain(agency, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Asunción, 6 de mayo de 2026.– La Secretaría Nacional Antidrogas (Senad) incautó 900 kilos de marihuana en la Operación Tacurú. El Ministerio Público abrió una causa por narcotráfico y detuvo a los dueños del campo.", "agency:paraguay-mp")]
    [InlineData("KINGSTON, 6 May 2026 — The Jamaica Constabulary Force seized 300 kilograms of cannabis in Operation Blue Mountain. The Financial Investigations Division has opened a parallel inquiry into the owners of the boat.", "agency:jamaica-fid")]
    public void ABodyWhoseProceedingIsTheOperationsStillTakesPart(string text, string agency) =>
        Assert.Contains(agency, SingleEvent(text).ParticipantIds);
}
