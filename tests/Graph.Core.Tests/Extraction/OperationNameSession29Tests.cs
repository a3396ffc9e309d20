using Graph.Core.Extraction;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 29: a patrol named after a naming cue ("The patrol, known as …"), and in Spanish, Portuguese and
/// French a quoted title-case name after a lower-case operation or case noun ('el caso "…"', 'l'affaire « … »'); a code
/// name with no operation noun near it; "conocida como caso …"; a linking word and an article inside a name; a capitals
/// headline whose name a dash closes.
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

    [Theory]
    [InlineData("MAPUTO, 12 June 2025 — The Mozambique Republic Police Force arrested 30 people. It was given the code name \"Silver Reed\".", "en")]
    [InlineData("La Gendarmerie nationale et la Douane ont mené, du 3 au 9 mai 2025 et dans quatre régions, une série de contrôles sous le nom de code « Silver Reed ».", "fr")]
    [InlineData("La Policía Nacional y la Guardia Civil realizaron durante el mes de mayo y en cuatro provincias del norte una serie de registros con el nombre en clave de Silver Reed.", "es")]
    public void ACodeNameNeedsNoOperationNounNearIt(string text, string language) =>
        Assert.Contains(Names(text, language), n => n is not null && n.EndsWith("Silver Reed", StringComparison.Ordinal));

    [Theory]
    [InlineData("La investigación, conocida como caso Puerta Falsa, fue dirigida por la Fiscalía General.", "es")]
    [InlineData("La Fiscalía General detuvo a seis funcionarios en el marco del caso denominado Puerta Falsa.", "es")]
    [InlineData("A investigação, conhecida como caso Puerta Falsa, foi dirigida pela Polícia Judiciária.", "pt")]
    [InlineData("The Albanian State Police arrested six officials in the criminal proceeding known as \"Puerta Falsa\".", "en")]
    public void ACaseNamedByACueIsTheOperation(string text, string language) =>
        Assert.Contains(Names(text, language), n => n is not null && n.EndsWith("Puerta Falsa", StringComparison.Ordinal));

    [Theory]
    [InlineData("La Gendarmerie nationale a arraisonné deux navires au cours de l'opération Vigie de l'Océan, menée avec la Marine nationale.", "fr", "Vigie de l'Océan")]
    [InlineData("La Fiscalía General detuvo a seis funcionarios en el marco del caso \"Puerta del Sol Naciente\", una investigación por sobornos.", "es", "Puerta del Sol Naciente")]
    public void ALinkingWordMayStandInsideAName(string text, string language, string name) =>
        Assert.Contains(Names(text, language), n => n is not null && n.EndsWith(name, StringComparison.Ordinal));

    [Fact]
    public void ACapitalsHeadlineWhoseNameADashClosesNamesTheOperation() =>
        Assert.Contains(Names("OPERAÇÃO GAIVOTA — DETIDOS QUATRO SUSPEITOS DE BURLA\n\nA Polícia Judiciária deteve quatro homens em Braga.", "pt"),
            n => n is not null && n.EndsWith("GAIVOTA", StringComparison.Ordinal));
}
