using CsCheck;

namespace Graph.Reliability.Tests.Properties;

/// <summary>Generators of hostile and half-sensible input shared by the property tests.</summary>
public static class Inputs
{
    private static readonly string[] Words =
    [
        "Europol", "INTERPOL", "Spain", "Italy", "police", "of", "the", "and", "with", "led", "by", "Operation", "Vibora",
        "arrested", "12", "suspects", "seized", "€3.5 million", "kg", "cocaine", "Guardia", "Civil", "Police", "Service",
        "Ghana", "Kenya's", "Directorate", "in", "collaboration", "supported", "2024-05-01", "date", "(", ")", ",", ".",
        "\"", "'", ";", ":", "\n", "\r\n", "\t", "—", "Ç", "ß", "İ", "日本", "🙂", "\u200b", "\ufeff", "\u0301", "<script>", "=1+1",
    ];

    /// <summary>Any text at all, including control characters, surrogates and very long words.</summary>
    public static readonly Gen<string> AnyText = Gen.String[0, 400];

    /// <summary>Sentences built from the extractor's own cue words and names, in any order, with odd characters between.</summary>
    public static readonly Gen<string> WordSoup =
        Gen.OneOf(Words).Array[0, 120].Select(words => string.Join(' ', words));

    /// <summary>Text from either generator.</summary>
    public static readonly Gen<string> Text = Gen.Frequency((1, AnyText), (2, WordSoup));

    /// <summary>Short strings a query parameter might hold: empty, near-valid values and junk.</summary>
    public static readonly Gen<string?> QueryValue = Gen.Frequency(
        (2, Gen.Const((string?)null)),
        (3, Gen.OneOf<string?>("", " ", "actors", "COUNTRIES", "bipartite", "2024-01-01", "2024-13-40", "1e308", "-1", "NaN",
            "country,agency", "agency,,", "10", "11", "0", "newman", "reports", "drugs", "country:ES", "∞", "0x10", "1,5")),
        (3, Gen.String[0, 30].Select(s => (string?)s)));

    /// <summary>A JSON report body: sometimes well formed with odd values, sometimes broken.</summary>
    public static readonly Gen<string> JsonBody = Gen.Frequency(
        (3, Gen.Select(Text, QueryValue, QueryValue, QueryValue, (text, title, url, date) =>
            System.Text.Json.JsonSerializer.Serialize(new { text, title, url, date }))),
        (1, Gen.Select(Text, t => "{\"text\": " + t + "}")),
        (1, AnyText));
}
