using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Web.Tests.Reports;

public sealed class ReportLanguageEndpointTests : IDisposable
{
    private const string Spanish =
        "Madrid, 14 de marzo de 2023.— La Operación Telaraña, dirigida por la Policía Nacional con el apoyo de Europol, " +
        "se ha saldado con treinta detenidos en España y Portugal.";

    private const string English = "The Spanish National Police arrested twelve suspects in Madrid with the support of Europol.";

    private readonly GraphApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task APostedReportsDetectedLanguageIsStoredAndShownInItsDetails()
    {
        var response = await _app.PostReportAsync(Spanish);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("es", body.GetProperty("language").GetString());

        var detail = await _app.CreateClient().GetFromJsonAsync<JsonElement>(response.Headers.Location!.OriginalString);
        Assert.Equal("es", detail.GetProperty("language").GetString());
    }

    [Fact]
    public async Task AnExplicitLanguageFieldOverridesDetection()
    {
        var response = await _app.CreateWriter().PostAsJsonAsync("/api/reports", new { text = Spanish, language = "pt" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pt", body.GetProperty("language").GetString());
    }

    [Fact]
    public async Task AnUnknownLanguageIsAProblemAndStoresNothing()
    {
        var response = await _app.CreateWriter().PostAsJsonAsync("/api/reports", new { text = Spanish, language = "klingon" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_app.Store.ListReports());
    }

    [Fact]
    public async Task AnAgencyNamedInSpanishAndInEnglishIsOneNode()
    {
        await _app.PostReportAsync(Spanish);
        await _app.PostReportAsync(English);
        var graph = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/graph");
        var nodes = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data").GetProperty("id").GetString()).ToList();
        Assert.Single(nodes, id => id == "agency:spain-national-police");
        Assert.Equal(2, _app.Store.ListReports().Count);
    }
}
