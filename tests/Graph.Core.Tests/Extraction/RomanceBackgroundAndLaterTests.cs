using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 28 (issue 13): a closing sentence about another case or an earlier year names bodies that took no part in this
/// operation, and a body told only through what it will do next (its own future verb, or a future relative clause after
/// it when the case is passed to it) acts after the operation.
/// </summary>
public sealed class RomanceBackgroundAndLaterTests
{
    [Theory]
    [InlineData("Quito, 4 de junio de 2026\n\nLa Policía Nacional del Ecuador detuvo a seis personas en Guayaquil. En un caso sin relación con este, la Policía Nacional de Colombia incautó una tonelada de cocaína en Tumaco.", "agency:colombia-police")]
    [InlineData("Lisboa, 4 de junho de 2026\n\nA Polícia Judiciária deteve seis pessoas no Porto. No ano passado, a Guardia Civil apreendeu um veleiro com droga na Galiza.", "agency:guardia-civil")]
    [InlineData("Dakar, 4 juin 2026\n\nLa Douane sénégalaise a saisi trois tonnes de médicaments à Kaolack. Sans lien avec cette saisie, la Gendarmerie royale du Maroc avait démantelé un réseau semblable.", "agency:morocco-gendarmerie")]
    public void ABodyInASentenceAboutAnotherCaseTakesNoPart(string text, string body) =>
        Assert.DoesNotContain(body, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Madrid, 4 de junio de 2026\n\nLa Policía Nacional detuvo a seis personas en Málaga. Como ya ocurrió en 2024, la Guardia Civil colaboró en los registros.", "agency:guardia-civil")]
    [InlineData("Lisboa, 4 de junho de 2026\n\nA Polícia Judiciária deteve seis pessoas no Porto, com o apoio da Guarda Nacional Republicana.", "agency:portugal-gnr")]
    public void ABodyOfThisCaseKeepsItsPart(string text, string body) =>
        Assert.Contains(body, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Tegucigalpa, 4 de junio de 2026\n\nLa Policía Nacional de Honduras detuvo a seis personas en Choluteca. Tiempo atrás, en 2025, la Policía Nacional Civil de Guatemala había detenido a otros dos miembros de la red.", "agency:guatemala-pnc")]
    [InlineData("Lisboa, 4 de junho de 2026\n\nA Polícia Judiciária deteve seis pessoas no Porto. Segundo a imprensa, em 2024, a Guardia Civil apreendeu um veleiro com droga na Galiza.", "agency:guardia-civil")]
    public void AnEarlierYearSetOffByCommasMakesTheSentenceBackground(string text, string body) =>
        Assert.DoesNotContain(body, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Lima, 4 de junio de 2026\n\nLa Policía Nacional del Perú detuvo a seis personas en Tumbes. La causa pasó a manos de la Fiscalía Provincial de Tumbes, que formalizará la acusación.", "agency:peru-prosecutor")]
    [InlineData("Madrid, 4 de junio de 2026\n\nLa Guardia Civil detuvo a seis personas en Cádiz. La Fiscalía de Área de Algeciras, que autorizó los registros, recibirá ahora el atestado.", "agency:spain-prosecutor")]
    public void ABodyToldOnlyInTheFutureTakesNoPart(string text, string body) =>
        Assert.DoesNotContain(body, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Santiago, 4 de junio de 2026\n\nLa PDI detuvo a seis personas en Iquique. La Fiscalía Regional de Tarapacá, que dirigió los allanamientos, formalizará a los detenidos el lunes.", "agency:chile-prosecutor")]
    public void ABodyThatLedKeepsItsPartBesideAFutureStep(string text, string body) =>
        Assert.Contains(body, SingleEvent(text).ParticipantIds);
}
