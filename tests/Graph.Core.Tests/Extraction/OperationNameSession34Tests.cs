using Graph.Core.Extraction;
using Graph.Core.Model;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 34: a quoted code name set before an operation noun as its apposition, with no "Operation" and no naming
/// word, is the operation's name, and a quoted name whose words are a body's ("… Guard", "… Shield") names no body.
/// The sentences are written for these tests.
/// </summary>
public sealed class OperationNameSession34Tests
{
    private static ReportExtraction Extract(string text, string language) => ReportExtractor.Default.Extract(text, language);

    private static List<string?> Names(string text, string language) => [.. Extract(text, language).Events.Select(e => e.Name)];

    [Theory]
    [InlineData("Kenyan and Tanzanian police arrested eight poachers in \"Savanna Guard\", a joint operation led by the Kenya Wildlife Service.", "en", "Savanna Guard")]
    [InlineData("Kenyan and Tanzanian police arrested eight poachers during \u201CLake Shield 2\u201D, a cross-border operation on Lake Victoria.", "en", "Lake Shield 2")]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a ocho personas en \"Muralla Norte\", una operación dirigida contra el contrabando.", "es", "Muralla Norte")]
    [InlineData("La Gendarmerie nationale et la Douane ont interpellé huit personnes lors de « Bouclier Vert », une action coordonnée à Lyon.", "fr", "Bouclier Vert")]
    public void AQuotedNameInAppositionToAnOperationNounIsItsName(string text, string language, string name) =>
        Assert.Contains(Names(text, language), n => n is not null && n.EndsWith(name, StringComparison.Ordinal));

    [Fact]
    public void AQuotedNameWithABodysHeadWordNamesNoBody() =>
        Assert.DoesNotContain(Extract("NAIROBI, 3 March 2026 \u2014 Kenyan customs officers seized 40 tusks and arrested eight people in \"Savanna Guard\", a joint operation co-led by the Kenya Revenue Authority and the Uganda Revenue Authority.", "en").Actors,
            a => a.Kind == ActorKind.Agency && a.Name.Contains("Savanna", StringComparison.Ordinal));

    [Fact]
    public void QuotedSpeechBeforeAnOperationNounNamesNothing() =>
        Assert.DoesNotContain(Names("The Kenya Wildlife Service said \"we acted fast\", a joint operation with Tanzanian police having arrested eight poachers.", "en"), n => n is not null);
}
