using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Web.Tests.Operations;

/// <summary>Health probes and the request id, as an operator meets them (metrics: the reliability suite, in a process of their own).</summary>
public sealed class HealthTests : IDisposable
{
    private readonly GraphApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task HealthzAnswersWithoutAKey()
    {
        var response = await _app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadyzReportsTheStoreAndTheKnowledgeAsHealthy()
    {
        var body = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/readyz");

        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("knowledge").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadyzAnswers503WhenTheDatabaseFileIsUnreadable()
    {
        await _app.CreateClient().GetAsync("/readyz");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.WriteAllText(_app.DatabaseFile, "this is no longer a database, as if the disk had been swapped");
        foreach (var leftover in new[] { "-wal", "-shm" }.Select(s => _app.DatabaseFile + s).Where(File.Exists))
        {
            File.Delete(leftover);
        }

        var response = await _app.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task EveryAnswerCarriesARequestIdThatProblemsRepeat()
    {
        var response = await _app.CreateClient().GetAsync("/api/reports/999");

        var id = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.False(string.IsNullOrWhiteSpace(id));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(id, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("traceId").GetString());
    }
}
