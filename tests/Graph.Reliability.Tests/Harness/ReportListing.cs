using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Reliability.Tests.Harness;

/// <summary>Reads every stored report through the paged list, following the Link header page by page.</summary>
internal static class ReportListing
{
    public static async Task<JsonElement[]> AllAsync(HttpClient client)
    {
        var all = new List<JsonElement>();
        string? next = "/api/reports?limit=1000";
        while (next is not null)
        {
            using var response = await client.GetAsync(next);
            response.EnsureSuccessStatusCode();
            all.AddRange(await response.Content.ReadFromJsonAsync<JsonElement[]>() ?? []);
            next = response.Headers.TryGetValues("Link", out var links) ? NextOf(links.First()) : null;
        }

        return [.. all];
    }

    private static string? NextOf(string link)
    {
        var start = link.IndexOf('<', StringComparison.Ordinal);
        var end = link.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start && link.Contains("rel=\"next\"", StringComparison.Ordinal) ? link[(start + 1)..end] : null;
    }
}
