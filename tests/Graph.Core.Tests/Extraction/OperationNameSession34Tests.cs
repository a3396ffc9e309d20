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

    [Theory]
    [InlineData("BANJUL, 3 March 2026 \u2014 The Gambia Navy and the Senegalese Navy arrested six smugglers during River Sentry 4, an operation on the Gambia River.", "en", "River Sentry 4")]
    [InlineData("Quito, 3 de marzo de 2026. La Policía Nacional y la Armada del Ecuador detuvieron a seis personas en Manglar Seguro 2, una operación en El Oro.", "es", "Manglar Seguro 2")]
    [InlineData("Dakar, 3 mars 2026 \u2014 La Marine nationale et la Gendarmerie ont interpellé six passeurs pendant Vigie Atlantique 5, une opération conjointe au large de Joal.", "fr", "Vigie Atlantique 5")]
    public void ANumberedNameInAppositionToAnOperationNounIsItsNameAfterAnyArticle(string text, string language, string name) =>
        Assert.Contains(Names(text, language), n => n is not null && n.EndsWith(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("BANJUL, 3 March 2026 \u2014 The Gambia Navy and the Senegalese Navy arrested six smugglers near Banjul Harbour, an operation that took a week.")]
    [InlineData("BANJUL, 3 March 2026 \u2014 Early on Friday 6 March 2026, an operation by the Gambia Navy and the Senegalese Navy ended with six arrests.")]
    public void AnUnnumberedPlaceOrADateBeforeAnOperationIsNoName(string text) =>
        Assert.DoesNotContain(Names(text, "en"), n => n is not null);

    [Fact]
    public void AQuotedNameWithABodysHeadWordNamesNoBody() =>
        Assert.DoesNotContain(Extract("NAIROBI, 3 March 2026 \u2014 Kenyan customs officers seized 40 tusks and arrested eight people in \"Savanna Guard\", a joint operation co-led by the Kenya Revenue Authority and the Uganda Revenue Authority.", "en").Actors,
            a => a.Kind == ActorKind.Agency && a.Name.Contains("Savanna", StringComparison.Ordinal));

    [Fact]
    public void QuotedSpeechBeforeAnOperationNounNamesNothing() =>
        Assert.DoesNotContain(Names("The Kenya Wildlife Service said \"we acted fast\", a joint operation with Tanzanian police having arrested eight poachers.", "en"), n => n is not null);
}
