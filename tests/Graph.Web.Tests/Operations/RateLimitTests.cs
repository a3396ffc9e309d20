using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Core.Storage.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Web.Tests.Operations;

/// <summary>Write and expensive-read budgets: 429 with Retry-After and a problem body once spent.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly GraphApplication _app = new(settings: new Dictionary<string, string>
    {
        // One token a minute: however slow the machine, no budget refills during a test.
        ["Graph:RateLimits:WritesPerMinute"] = "1",
        ["Graph:RateLimits:WriteBurst"] = "3",
        ["Graph:RateLimits:ExpensiveReadsPerMinute"] = "1",
        ["Graph:RateLimits:ExpensiveReadBurst"] = "2",
    });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task WritesBeyondTheBurstGet429WithRetryAfterAndAProblem()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await _app.PostReportAsync($"Europol supported the police of Spain, case {i}.")).StatusCode);
        }

        var refused = await _app.PostReportAsync("Europol supported the police of Italy, one too many.");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal(3, _app.Store.ListReports().Count);
    }

    [Fact]
    public async Task EachApiKeyHasItsOwnWriteBudget()
    {
        var secret = _app.Services.GetRequiredService<IApiKeyStore>().Add("second-team");
        for (var i = 0; i < 3; i++)
        {
            await _app.PostReportAsync($"Europol supported the police of France, case {i}.");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await _app.PostReportAsync("Europol and Germany, refused.")).StatusCode);
        var other = _app.CreateClient();
        other.DefaultRequestHeaders.Add("X-Api-Key", secret);
        var response = await other.PostAsJsonAsync("/api/reports", new { text = "INTERPOL supported the police of Brazil." });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ExportsAreLimitedPerClientButHealthAndCachedViewsAreNot()
    {
        await _app.PostReportAsync("Europol supported the police of Spain and Italy.");
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/graph?view=countries")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/export?format=graphml")).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/export?format=gexf")).StatusCode);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/graph?view=countries")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/reports")).StatusCode);
        }
    }

    [Fact]
    public async Task APictureReadFromTheTallyTotalsCountsAsCachedOnceDrawn()
    {
        await _app.PostReportAsync("Europol supported the police of Spain and Italy.");
        var client = _app.CreateClient();
        // An explicit budget bounds the small view, so it is drawn from the tallies' totals rather than built whole.
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/graph?view=countries&budget=1")).StatusCode);
        }
    }

    [Fact]
    public async Task RequestsWithoutAKeyAreLimitedByAddressBeforeTheyAreRefused()
    {
        var stranger = _app.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await stranger.PostAsJsonAsync("/api/reports", new { text = "guess" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
    }
}
