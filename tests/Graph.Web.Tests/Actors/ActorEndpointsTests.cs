using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Web.Tests.Actors;

public sealed class ActorEndpointsTests : IDisposable
{
    private readonly GraphApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ANodeShowsTheReportsAndSentencesThatMentionIt()
    {
        await _app.PostReportAsync("The Policía Nacional worked with Europol. Europol hosted the meeting.", title: "Meeting", url: "https://example.org/m", date: "2022-02-02");

        var node = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/nodes/agency:europol");

        Assert.Equal("Europol", node.GetProperty("name").GetString());
        Assert.Equal("agency", node.GetProperty("kind").GetString());
        var report = node.GetProperty("reports")[0];
        Assert.Equal("Meeting", report.GetProperty("title").GetString());
        Assert.Equal("https://example.org/m", report.GetProperty("url").GetString());
        Assert.Equal<string?>(
            ["The Policía Nacional worked with Europol.", "Europol hosted the meeting."],
            report.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()).ToList());
    }

    [Fact]
    public async Task UnknownNodeIsNotFound()
    {
        var response = await _app.CreateClient().GetAsync("/api/nodes/agency:nobody");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SearchFindsAnAgencyByANativeAliasWithoutAccents()
    {
        await _app.PostReportAsync("The Policía Nacional worked with Europol.");

        var hits = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/actors?q=policia nac");

        Assert.Contains("agency:spain-national-police", hits.EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task SearchWithoutAQueryIsABadRequest()
    {
        var response = await _app.CreateClient().GetAsync("/api/actors?q=");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/actors?q=", "Q")]
    [InlineData("/api/actors?q=%20%20", "Q")]
    [InlineData("/api/actors?q=europol&limit=500", "Limit")]
    [InlineData("/api/actors?q=europol&limit=0", "Limit")]
    public async Task ABlankQueryOrALimitOutOfRangeIsAValidationProblemNamingTheParameter(string url, string parameter)
    {
        var response = await _app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(errors.EnumerateObject(), e => string.Equals(e.Name, parameter, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CountriesCarryCoordinatesForTheGeographicLayout()
    {
        var countries = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/countries");

        var spain = countries.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "ES");
        Assert.InRange(spain.GetProperty("latitude").GetDouble(), 36, 44);
        Assert.InRange(spain.GetProperty("longitude").GetDouble(), -10, 4);
    }
}
