using Graph.Core.Extraction;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 29: a patrol named after a naming cue ("The patrol, known as …"), and in Spanish, Portuguese and
/// French a quoted title-case name after a lower-case operation or case noun ('el caso "…"', 'l'affaire « … »').
/// </summary>
public sealed class OperationNameSession29Tests
{
    private static List<string?> Names(string text, string language) =>
        [.. ReportExtractor.Default.Extract(text, language).Events.Select(e => e.Name)];

    [Fact]
    public void APatrolNamedByACueIsAnOperation() =>
        Assert.Contains("Operation Leeward Watch", Names(
            "MAPUTO, 12 June 2025 — The patrol, known as \"Leeward Watch\", was run by the Mozambique Republic Police Force.", "en"));

    [Theory]
    [InlineData("La Fiscalía General detuvo a seis funcionarios en el marco del caso \"Puerta Falsa\", una investigación por sobornos.", "es")]
    [InlineData("A Polícia Judiciária deteve seis funcionários no âmbito do caso \"Puerta Falsa\", uma investigação por subornos.", "pt")]
    [InlineData("La Gendarmerie nationale et la Douane ont interpellé six agents dans le cadre de l'affaire « Puerta Falsa », une enquête sur des pots-de-vin.", "fr")]
    public void AQuotedNameAfterACaseNounIsTheOperations(string text, string language) =>
        Assert.Contains(Names(text, language), n => n is not null && n.EndsWith("Puerta Falsa", StringComparison.Ordinal));

    [Theory]
    [InlineData("La Fiscalía General detuvo a seis funcionarios en el marco del caso \"que nadie olvida\", dijo el fiscal.", "es")]
    public void QuotedSpeechAfterACaseNounNamesNothing(string text, string language) =>
        Assert.DoesNotContain(Names(text, language), n => n is not null);
}
