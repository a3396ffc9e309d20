using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.VisualBasic.FileIO;

namespace Graph.Web.Tests.OperationDetails;

public sealed class OperationEndpointsTests : IDisposable
{
    private readonly GraphApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AnOperationToldTwiceListsBothReportsAndTheirConflictingArrests()
    {
        await _app.PostReportAsync("Operation Pangea XVI was coordinated by INTERPOL with police from Spain and Italy. Officers arrested 72 people.", date: "2023-10-10");
        await _app.PostReportAsync("Spain and Italy joined INTERPOL in Operation Pangea 16; police arrested 95 people.", date: "2023-10-13");
        var client = _app.CreateClient();
        var eventId = _app.Store.ListReports().Select(r => _app.Store.FindReport(r.Id)!.Events.Single().Id).Min();

        var operation = await client.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/operation");
        var byId = await client.GetFromJsonAsync<JsonElement>($"/api/operations/{operation.GetProperty("id").GetInt64()}");

        Assert.Equal(2, byId.GetProperty("sources").GetArrayLength());
        Assert.Equal(["first", "same-name"], byId.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("rule").GetString()));
        var arrests = byId.GetProperty("claims").EnumerateArray().Where(c => c.GetProperty("subject").GetString() == "arrests").ToList();
        Assert.Equal(["72", "95"], arrests.Select(c => c.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task AnUnknownOperationIsProblemDetails()
    {
        var response = await _app.CreateClient().GetAsync("/api/operations/999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheGraphWeighsEdgesByOperationUnlessAskedForReports()
    {
        await _app.PostReportAsync("Operation Pangea XVI was coordinated by INTERPOL with police from Spain and Italy.", date: "2023-10-10");
        await _app.PostReportAsync("Spain and Italy joined INTERPOL in Operation Pangea 16.", date: "2023-10-13");
        var client = _app.CreateClient();

        var byOperation = await client.GetFromJsonAsync<JsonElement>("/api/graph?view=countries");
        var byReport = await client.GetFromJsonAsync<JsonElement>("/api/graph?view=countries&weight=reports");
        var refused = await client.GetAsync("/api/graph?weight=articles");

        Assert.Equal(1.0, EdgeWeight(byOperation, "country:ES", "country:IT"));
        Assert.Equal(2.0, EdgeWeight(byReport, "country:ES", "country:IT"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("operations, reports, newman", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePanelDownloadsAsLongCsvAndABadPeriodIsAValidationProblem()
    {
        await _app.PostReportAsync("Operation Pangea XVI was coordinated by INTERPOL with police from Spain and Italy.", date: "2023-10-10");
        var client = _app.CreateClient();

        var csv = await client.GetStreamAsync("/api/export/panel?period=month&zeros=true");
        using var parser = new TextFieldParser(csv) { TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        var header = parser.ReadFields();
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        var bad = await client.GetAsync("/api/export/panel?period=week");

        Assert.Equal(["country1", "country2", "period", "variable", "category", "operations"], header!);
        Assert.Contains(rows, r => r is ["ES", "IT", "2023-10", "operations", "all", "1"]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    private static double EdgeWeight(JsonElement graph, string a, string b) =>
        graph.GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("data"))
            .Single(d => d.TryGetProperty("source", out var s) && d.TryGetProperty("target", out var t)
                && ((s.GetString() == a && t.GetString() == b) || (s.GetString() == b && t.GetString() == a)))
            .GetProperty("weight").GetDouble();
}
