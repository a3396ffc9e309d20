using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Web.Tests.Curation;

public sealed class OperationLinkEndpointsTests : IDisposable
{
    private const string Pangea = """
        Pangea XVI against fake medicines
        Lyon, 10 October 2023. Operation Pangea XVI was coordinated by INTERPOL with police from Spain, France and Italy. Officers arrested 72 people and seized fake medicines.
        """;

    private const string Raid = """
        Raid on a warehouse
        Madrid, 3 March 2024. INTERPOL and police from Spain seized fake medicines in a raid on a warehouse.
        """;

    private readonly GraphApplication _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(long Report, long Event)> PostAsync(string text)
    {
        using var posted = await _app.PostReportAsync(text);
        posted.EnsureSuccessStatusCode();
        var report = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var detail = await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/reports/{report}");
        return (report, detail.GetProperty("events")[0].GetProperty("id").GetInt64());
    }

    private async Task<long> OperationAsync(long eventId) =>
        (await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/operation")).GetProperty("id").GetInt64();

    private async Task<double> WeightAsync()
    {
        var graph = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/graph?view=actors&weighting=operations");
        return graph.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data"))
            .Single(d => d.GetProperty("id").GetString() == "agency:interpol|country:ES").GetProperty("weight").GetDouble();
    }

    [Fact]
    public async Task LinkingAReportToAnOperationJoinsItThereAndTheGraphCountsOneOperationUntilTheEditIsUndone()
    {
        var pangea = await PostAsync(Pangea);
        var raid = await PostAsync(Raid);
        var operation = await OperationAsync(pangea.Event);
        Assert.NotEqual(operation, await OperationAsync(raid.Event));
        Assert.Equal(2.0, await WeightAsync());

        using var linked = await _app.CreateWriter().PostAsJsonAsync("/api/edits",
            new { kind = "link-operation", reportId = raid.Report, operation = operation.ToString(System.Globalization.CultureInfo.InvariantCulture), reason = "the Spanish leg" });

        Assert.Equal(HttpStatusCode.Created, linked.StatusCode);
        var edit = await linked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pangea 16", edit.GetProperty("operation").GetString());
        var joined = await OperationAsync(raid.Event);
        Assert.Equal(await OperationAsync(pangea.Event), joined);
        var detail = await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/operations/{joined}");
        Assert.Equal(2, detail.GetProperty("sources").GetArrayLength());
        Assert.Equal(1.0, await WeightAsync());

        using var undone = await _app.CreateWriter().PostAsJsonAsync($"/api/edits/{edit.GetProperty("id").GetInt64()}/undo", new { reason = "not the same" });

        Assert.Equal(HttpStatusCode.Created, undone.StatusCode);
        Assert.NotEqual(await OperationAsync(pangea.Event), await OperationAsync(raid.Event));
        Assert.Equal(2.0, await WeightAsync());
    }

    [Fact]
    public async Task ALinkToAnUnknownOperationIsAProblemAndStoresNothing()
    {
        var raid = await PostAsync(Raid);

        using var refused = await _app.CreateWriter().PostAsJsonAsync("/api/edits", new { kind = "link-operation", reportId = raid.Report, operation = "424242", reason = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, (await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/edits")).GetArrayLength());
    }
}
