using System.Net.Http.Json;

namespace Graph.Reliability.Tests.Harness;

/// <summary>Distinct, realistic reports to post: each has its own marker title and a text no other shares.</summary>
public static class SampleReports
{
    private static readonly string[] Countries = ["Spain", "Portugal", "France", "Italy", "Germany", "Poland", "Romania", "Greece", "Brazil", "Colombia", "Morocco", "Turkey"];
    private static readonly string[] Agencies = ["Europol", "INTERPOL", "Eurojust", "the Guardia Civil", "the Carabinieri", "the FBI", "Frontex"];

    /// <summary>A report whose title is <paramref name="marker"/>; the same marker always gives the same text.</summary>
    public static object Report(string marker)
    {
        var seed = (uint)marker.GetHashCode(StringComparison.Ordinal);
        var a = Countries[seed % (uint)Countries.Length];
        var b = Countries[(seed / 7 + 1) % (uint)Countries.Length];
        var agency = Agencies[(seed / 13) % (uint)Agencies.Length];
        var text = $"In an action coordinated by {agency}, police from {a} and {b} arrested {seed % 40 + 2} suspects " +
            $"in a drug trafficking investigation (reference {marker}). Officers seized cocaine and cash.";
        return new { text, title = marker, date = "2025-06-01" };
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string marker, CancellationToken cancel = default) =>
        client.PostAsJsonAsync("/api/reports", Report(marker), cancel);
}
