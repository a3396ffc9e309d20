using Graph.Core.Extraction;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 32: a quoted name after the lower-case operation word and a word describing it ('la operación conjunta
/// "…"'), and a recurring operation's bare name read as the one numbered edition or phase the report also names.
/// </summary>
public sealed class OperationNameSession32Tests
{
    private static List<string?> Names(string text, string language) =>
        [.. ReportExtractor.Default.Extract(text, language).Events.Select(e => e.Name)];

    [Theory]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a nueve personas en la operación conjunta \"Marea Baja 3\", dirigida contra el contrabando.", "es", "Marea Baja 3")]
    [InlineData("A Polícia Judiciária e a GNR detiveram nove pessoas na operação internacional \"Vento Norte\", coordenada pela Europol.", "pt", "Vento Norte")]
    [InlineData("La Gendarmerie nationale et la Douane ont interpellé neuf personnes lors de l'opération conjointe « Sable Rouge », menée à Marseille.", "fr", "Sable Rouge")]
    public void AQuotedNameAfterADescribedOperationWordIsTheOperations(string text, string language, string name) =>
        Assert.Contains(Names(text, language), n => n is not null && n.EndsWith(name, StringComparison.Ordinal));

    [Fact]
    public void QuotedSpeechAfterADescribedOperationWordNamesNothing() =>
        Assert.DoesNotContain(Names("La Policía Nacional calificó la operación conjunta \"muy exitosa\" y detuvo a nueve personas.", "es"), n => n is not null);

    [Theory]
    [InlineData("Polícia Federal deflagra segunda fase da Operação Pedra Negra no Pará\n\nBelém, 3 de março de 2026 – A Polícia Federal deflagrou nesta terça-feira a Operação Pedra Negra II, contra o contrabando de minério. Foram presas seis pessoas.", "pt", "Operação Pedra Negra II")]
    [InlineData("MANILA, 3 March 2026 — The Philippine Coast Guard took part in Operation Tide Watch 2026, a regional patrol against smuggling.\n\nOperation Tide Watch is an annual operation run by the Philippine National Police.", "en", "Operation Tide Watch 2026")]
    public void ASeriesNameIsTheEditionTheReportNames(string text, string language, string edition) =>
        Assert.Equal([edition], Names(text, language));

    [Fact]
    public void ASeriesNameWithTwoEditionsStaysApart() =>
        Assert.Contains("Operation Tide Watch", Names(
            "MANILA, 3 March 2026 — The Philippine Coast Guard ran Operation Tide Watch 2 in March.\n\nOperation Tide Watch 3 was led by the Philippine National Police in May.\n\nOperation Tide Watch is led by the Philippine Navy.", "en"));

    [Theory]
    [InlineData("La Gendarmerie nationale a interpellé six personnes dans le cadre de l'opération dite « Genêt », menée près de Rennes.", "fr", "Genêt")]
    [InlineData("La Guardia Civil detuvo a seis personas en la operación apodada \"Jara\", desarrollada en Badajoz.", "es", "Jara")]
    [InlineData("A GNR deteve seis pessoas na operação intitulada Sobreiro, realizada em Évora.", "pt", "Sobreiro")]
    public void OtherParticiplesOfNamingNameTheOperation(string text, string language, string name) =>
        Assert.Contains(Names(text, language), n => n is not null && n.EndsWith(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("A ASAE e a GNR realizaram a Operação Rota Espanha em mercados de Braga, onde foram detidas nove pessoas.", "pt", "Operação Rota Espanha")]
    [InlineData("La Policía Nacional y la Guardia Civil desarrollaron la Operación Puente Chile en Vigo.", "es", "Operación Puente Chile")]
    public void ACountryInsideANameDoesNotCutItShort(string text, string language, string name) =>
        Assert.Contains(name, Names(text, language));

    [Theory]
    [InlineData("La Policía Nacional y la Guardia Civil informaron de dos operaciones. La primera, bautizada \"Marea Alta 3\", se desarrolló en Huelva.", "es", "Marea Alta 3")]
    [InlineData("La Gendarmerie nationale a présenté deux opérations. La seconde, baptisée « Pluie Fine », a été menée avec la Douane à Calais.", "fr", "Pluie Fine")]
    public void APlaceAmongTheOperationsStandsForTheNounBeforeANamingCue(string text, string language, string name) =>
        Assert.Contains(Names(text, language), n => n is not null && n.EndsWith(name, StringComparison.Ordinal));

    [Fact]
    public void APersonAfterAPlaceWordAndANamingCueIsNoOperation() =>
        Assert.DoesNotContain(Names("La Guardia Civil detuvo a dos hombres en Huelva. El segundo, llamado Marcos Vidal, tiene 40 años.", "es"), n => n is not null);
}
