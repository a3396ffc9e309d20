using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Graph.Browser.Tests;

/// <summary>What the API says the page should show, read over plain HTTP.</summary>
public static class ApiFacts
{
    public static async Task<JsonObject> GraphAsync(this ExplorerServer server, string query = "") =>
        (await server.Api.GetFromJsonAsync<JsonObject>($"/api/graph{query}"))!;

    public static async Task<JsonObject> JsonAsync(this ExplorerServer server, string path) =>
        (await server.Api.GetFromJsonAsync<JsonObject>(path))!;

    public static JsonArray Nodes(this JsonObject graph) => graph["nodes"]!.AsArray();

    public static JsonArray Edges(this JsonObject graph) => graph["edges"]!.AsArray();

    public static string Data(this JsonNode? element, string field) => element!["data"]![field]!.ToString();

    public static string[] NodeIds(this JsonObject graph) => [.. graph.Nodes().Select(n => n.Data("id")).Order(StringComparer.Ordinal)];

    /// <summary>The node with most links whose label no other node shares (so it can be named in a form).</summary>
    public static JsonNode BestConnectedNode(this JsonObject graph, string? kind = null)
    {
        var labels = graph.Nodes().GroupBy(n => n.Data("label")).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet();
        return graph.Nodes()
            .Where(n => labels.Contains(n.Data("label")) && (kind is null || n.Data("kind") == kind))
            .OrderByDescending(n => int.Parse(n.Data("degree"), System.Globalization.CultureInfo.InvariantCulture))
            .ThenBy(n => n.Data("id"), StringComparer.Ordinal)
            .First()!;
    }
}
