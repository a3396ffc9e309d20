using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Graph.Reliability.Tests.Harness;

namespace Graph.Reliability.Tests;

/// <summary>Hostile bodies against the real server: each gets a clear problem answer and stores nothing.</summary>
public sealed class AbuseInputTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private ServerProcess _server = null!;

    public async Task InitializeAsync() => _server = await ServerProcess.StartAsync(_folder.Database);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task AFiftyMegabyteBodyIsRefusedWith413AndNothingIsStored()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(new string('a', 50 * 1024 * 1024)));
        content.Headers.ContentType = new("text/plain");
        // The server refuses on the declared length without reading the body; waiting for its
        // "100 Continue" (which never comes) lets the client see that answer instead of a reset upload.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = content };
        request.Headers.ExpectContinue = true;

        request.Headers.Add("X-Api-Key", ServerProcess.ApiKey);
        // Wait as long as it takes (a busy machine may answer after the default 1 s and the upload would start).
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) }) { BaseAddress = _server.Address };

        using var response = await client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AnOversizedBodyWithoutContentLengthIsRefusedWhileReading()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string('b', 3 * 1024 * 1024))));
        content.Headers.ContentType = new("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _server.Client().SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData(100_000, "[", "]")]
    [InlineData(50_000, "{\"a\":", "}")]
    public async Task DeeplyNestedJsonIsRefusedWith400(int depth, string open, string close)
    {
        var body = "{\"text\":" + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + "}";

        using var response = await _server.Client().PostAsync("/api/reports", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AThousandUnknownJsonMembersAreIgnoredNotFatal()
    {
        var members = string.Join(',', Enumerable.Range(0, 1000).Select(i => $"\"m{i}\":[{i},{{\"x\":\"{i}\"}}]"));
        var body = "{" + members + ",\"text\":\"Europol supported the police of Spain and Italy.\"}";

        using var response = await _server.Client().PostAsync("/api/reports", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    private async Task AssertNothingStoredAsync() =>
        Assert.Equal("[]", await _server.Client(writer: false).GetStringAsync("/api/reports"));
}
