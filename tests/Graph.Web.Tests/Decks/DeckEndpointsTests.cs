using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Web.Tests.Decks;

public sealed class DeckEndpointsTests : IDisposable
{
    private readonly GraphApplication _app = new();

    private static object Deck(string title, params (string Hash, string Name)[] slides) =>
        new { title, subtitle = "For tomorrow's class", slides = slides.Select(s => new { hash = s.Hash, name = s.Name, caption = $"caption of {s.Name}", notes = "say why" }).ToArray() };

    private string DeckFolder => _app.DatabaseFile + ".decks";

    [Fact]
    public async Task AStoredDeckIsReadBackByItsKeyAndLink()
    {
        var writer = _app.CreateWriter();

        var created = await writer.PostAsJsonAsync("/api/decks", Deck("Drugs across the Atlantic", ("view=countries", "Countries"), ("crimeArea=drug-trafficking", "Cocaine")));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/api/decks/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal($"/?deck={id}", body.GetProperty("link").GetString());
        var read = await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/decks/{id}");
        Assert.Equal("Drugs across the Atlantic", read.GetProperty("title").GetString());
        Assert.Equal(["Countries", "Cocaine"], read.GetProperty("slides").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToArray());
        Assert.Equal("say why", read.GetProperty("slides")[1].GetProperty("notes").GetString());
    }

    [Fact]
    public async Task ReplacingADeckKeepsItsKeyAndChangesItsSlides()
    {
        var writer = _app.CreateWriter();
        var id = (await (await writer.PostAsJsonAsync("/api/decks", Deck("First", ("view=countries", "One")))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var replaced = await writer.PutAsJsonAsync($"/api/decks/{id}", Deck("Second", ("view=agencies", "Two"), ("view=countries", "One")));

        Assert.Equal(HttpStatusCode.NoContent, replaced.StatusCode);
        var read = await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/decks/{id}");
        Assert.Equal("Second", read.GetProperty("title").GetString());
        Assert.Equal(2, read.GetProperty("slides").GetArrayLength());
    }

    [Fact]
    public async Task StoringADeckWithoutTheKeyIsRefusedAndStoresNothing()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/decks", Deck("No key", ("view=countries", "One")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(Directory.Exists(DeckFolder) && Directory.EnumerateFiles(DeckFolder).Any());
    }

    [Fact]
    public async Task ASlideWithoutANameIsAProblemAndStoresNothing()
    {
        var response = await _app.CreateWriter().PostAsJsonAsync("/api/decks", Deck("Nameless", ("view=countries", " ")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("slides[0].name", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(DeckFolder) && Directory.EnumerateFiles(DeckFolder).Any());
    }

    [Theory]
    [InlineData("0123456789abcdef")]
    [InlineData("..%2Fgraph.db")]
    [InlineData("NOT-A-KEY")]
    public async Task AnUnknownOrMalformedKeyIsNotFound(string id)
    {
        var response = await _app.CreateClient().GetAsync($"/api/decks/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
