using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Graph.Web.Tests.Reports;

public sealed class ReportEndpointsTests : IDisposable
{
    private const string Report =
        "Operation Harbour Light was led by the Guardia Civil in cooperation with Europol and the Italian Carabinieri. " +
        "Officers in Spain and Italy arrested 14 suspects.";

    private readonly GraphApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task PostingAReportStoresItAndTheGraphGainsItsActorsAndEdge()
    {
        var response = await _app.PostReportAsync(Report, title: "Harbour Light", url: "https://example.org/harbour", date: "2024-03-01");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/reports/1", response.Headers.Location?.OriginalString);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("created").GetBoolean());
        var actorIds = body.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Contains("agency:guardia-civil", actorIds);
        Assert.Contains("agency:europol", actorIds);

        var graph = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/graph");
        var nodes = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data").GetProperty("id").GetString()).ToList();
        Assert.Contains("agency:guardia-civil", nodes);
        Assert.Contains("country:IT", nodes);
        var edge = graph.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data"))
            .Single(e => e.GetProperty("id").GetString() == "agency:europol|agency:guardia-civil");
        Assert.Equal("led", edge.GetProperty("kind").GetString());
        Assert.Equal(1, edge.GetProperty("weight").GetInt32());
    }

    [Fact]
    public async Task PostingPlainTextIsAcceptedToo()
    {
        using var content = new StringContent(Report, Encoding.UTF8, "text/plain");
        var response = await _app.CreateWriter().PostAsync("/api/reports", content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(_app.Store.ListReports());
    }

    [Fact]
    public async Task RepostingTheSameTextDoesNotDuplicateIt()
    {
        var first = await _app.PostReportAsync(Report);
        var second = await _app.PostReportAsync(Report);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var again = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(again.GetProperty("created").GetBoolean());
        Assert.Equal(1, again.GetProperty("id").GetInt64());
        Assert.Single(_app.Store.ListReports());
    }

    [Fact]
    public async Task WritingWithoutTheKeyIsUnauthorizedAndStoresNothing()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/reports", new { text = Report });
        var wrongKey = _app.CreateClient();
        wrongKey.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key");
        var wrong = await wrongKey.PostAsJsonAsync("/api/reports", new { text = Report });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_app.Store.ListReports());
    }

    public static TheoryData<string, string, byte[], HttpStatusCode, string> BadBodies => new()
    {
        { "empty text", "text/plain", Encoding.UTF8.GetBytes(""), HttpStatusCode.BadRequest, "empty" },
        { "white space", "text/plain", Encoding.UTF8.GetBytes("  \n\t "), HttpStatusCode.BadRequest, "empty" },
        { "JSON without text", "application/json", Encoding.UTF8.GetBytes("{\"title\":\"x\"}"), HttpStatusCode.BadRequest, "empty" },
        { "invalid JSON", "application/json", Encoding.UTF8.GetBytes("{\"text\": "), HttpStatusCode.BadRequest, "not valid JSON" },
        { "invalid UTF-8", "text/plain", [0x4f, 0x70, 0xff, 0xfe, 0x20], HttpStatusCode.BadRequest, "UTF-8" },
        { "too large", "text/plain", Encoding.UTF8.GetBytes(new string('a', 5000)), HttpStatusCode.RequestEntityTooLarge, "at most 4096 bytes" },
        { "bad date", "application/json", Encoding.UTF8.GetBytes("{\"text\":\"Europol met.\",\"date\":\"12/03/2024\"}"), HttpStatusCode.BadRequest, "YYYY-MM-DD" },
        { "bad url", "application/json", Encoding.UTF8.GetBytes("{\"text\":\"Europol met.\",\"url\":\"javascript:alert(1)\"}"), HttpStatusCode.BadRequest, "http" },
        { "unsupported type", "application/xml", Encoding.UTF8.GetBytes("<r/>"), HttpStatusCode.UnsupportedMediaType, "text/plain" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadInputGetsProblemDetailsAndLeavesTheStoreUnchanged(string _, string mediaType, byte[] body, HttpStatusCode status, string detail)
    {
        await _app.PostReportAsync(Report);
        var before = await _app.CreateClient().GetStringAsync("/api/graph");

        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        var response = await _app.CreateWriter().PostAsync("/api/reports", content);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Single(_app.Store.ListReports());
        Assert.Equal(before, await _app.CreateClient().GetStringAsync("/api/graph"));
    }

    [Fact]
    public async Task ABodyDeclaredLargerThanTheLimitIsRefused()
    {
        using var content = new StreamContent(new MemoryStream(new byte[10_000]));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        content.Headers.ContentLength = 10_000;

        var response = await _app.CreateWriter().PostAsync("/api/reports", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_app.Store.ListReports());
    }

    [Fact]
    public async Task AReportIsReadBackWithItsEvidence()
    {
        await _app.PostReportAsync(Report, title: "Harbour Light");

        var report = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/reports/1");

        Assert.Equal("Harbour Light", report.GetProperty("title").GetString());
        Assert.Equal(Report, report.GetProperty("text").GetString());
        var cooperation = report.GetProperty("events")[0];
        Assert.Equal("Operation Harbour Light", cooperation.GetProperty("name").GetString());
        var lead = cooperation.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("role").GetString() == "lead");
        Assert.Equal("agency:guardia-civil", lead.GetProperty("actorId").GetString());
        var start = lead.GetProperty("sentenceStart").GetInt32();
        var end = lead.GetProperty("sentenceEnd").GetInt32();
        Assert.Equal(Report[start..end], lead.GetProperty("sentence").GetString());
    }

    [Fact]
    public async Task UnknownReportIsNotFoundAsProblemDetails()
    {
        var response = await _app.CreateClient().GetAsync("/api/reports/404");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ReportsAreListedNewestFirst()
    {
        await _app.PostReportAsync("Europol and Eurojust met in The Hague.", date: "2020-01-01");
        await _app.PostReportAsync("INTERPOL and AFRIPOL met in Lyon.", date: "2023-01-01");

        var reports = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/reports");

        Assert.Equal<string?>(["2023-01-01", "2020-01-01"], reports.EnumerateArray().Select(r => r.GetProperty("date").GetString()).ToList());
    }
}
