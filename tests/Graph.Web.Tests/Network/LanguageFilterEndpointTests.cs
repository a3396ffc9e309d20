using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Web.Tests.Network;

/// <summary>The report language as a filter of the graph and the report list, and in evidence and exports (issue 17).</summary>
public sealed class LanguageFilterEndpointTests : IAsyncLifetime, IDisposable
{
    private const string Spanish =
        "Madrid, 14 de marzo de 2023.— La Operación Telaraña, dirigida por la Policía Nacional con el apoyo de Europol, " +
        "se ha saldado con treinta detenidos en España y Portugal.";

    private const string French =
        "Dakar, 3 mai 2024 — L'opération Baobab, coordonnée par INTERPOL avec la Gendarmerie nationale du Sénégal, " +
        "a permis l'interpellation de douze suspects au Sénégal et au Mali.";

    private const string English =
        "The Federal Bureau of Investigation and the Royal Canadian Mounted Police arrested twelve suspects in Toronto and Chicago in Operation Lakeshore.";

    private readonly GraphApplication _app = new();
    private readonly Dictionary<string, JsonElement> _posted = [];
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _app.CreateClient();
        foreach (var (language, text) in new[] { ("es", Spanish), ("fr", French), ("en", English) })
        {
            var response = await _app.PostReportAsync(text);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            _posted[language] = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(language, _posted[language].GetProperty("language").GetString());
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task TheGraphOfOneLanguageHoldsExactlyTheActorsItsReportsPutInEvents(string language)
    {
        var graph = await _client.GetFromJsonAsync<JsonElement>($"/api/graph?language={language}");

        var expected = Participants(_posted[language]);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), NodeIds(graph).Order());
    }

    [Fact]
    public async Task WithoutALanguageTheGraphHoldsEveryLanguagesActors()
    {
        var graph = await _client.GetFromJsonAsync<JsonElement>("/api/graph");

        var expected = _posted.Values.SelectMany(Participants).ToHashSet();
        Assert.Equal(expected.Order(), NodeIds(graph).Order());
    }

    [Theory]
    [InlineData("/api/graph?language=klingon")]
    [InlineData("/api/graph?language=ES")]
    [InlineData("/api/reports?language=de")]
    [InlineData("/api/export?format=csv&language=xx")]
    public async Task AnUnknownLanguageIsAProblemNamingTheParameter(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("language", out _));
    }

    [Fact]
    public async Task TheReportListKeepsOneLanguageAndSaysEachReportsLanguage()
    {
        var all = await _client.GetFromJsonAsync<JsonElement[]>("/api/reports");
        var french = await _client.GetFromJsonAsync<JsonElement[]>("/api/reports?language=fr");

        Assert.Equal(["en", "es", "fr"], all!.Select(r => r.GetProperty("language").GetString()).Order());
        var only = Assert.Single(french!);
        Assert.Equal(_posted["fr"].GetProperty("id").GetInt64(), only.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task AFilteredReportListPagesOnWithinItsLanguage()
    {
        await _app.PostReportAsync("La Guardia Civil y la Policía Judiciaria de Portugal detuvieron a cinco personas en Vigo.");

        var first = await _client.GetAsync("/api/reports?language=es&limit=1");
        var next = first.Headers.GetValues("Link").Single();

        Assert.Contains("language=es", next, StringComparison.Ordinal);
        var url = next[(next.IndexOf('<') + 1)..next.IndexOf('>')];
        var second = await _client.GetFromJsonAsync<JsonElement[]>(url);
        Assert.Equal("es", Assert.Single(second!).GetProperty("language").GetString());
    }

    [Fact]
    public async Task EdgeEvidenceSaysTheLanguageItsSentencesAreQuotedIn()
    {
        var evidence = await _client.GetFromJsonAsync<JsonElement>("/api/edges/evidence?source=agency:spain-national-police&target=agency:europol");

        var item = Assert.Single(evidence.GetProperty("evidence").EnumerateArray());
        Assert.Equal("es", item.GetProperty("language").GetString());
        Assert.Contains("Policía Nacional", item.GetProperty("sentences")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActorsReportsSayTheirLanguage()
    {
        var detail = await _client.GetFromJsonAsync<JsonElement>("/api/nodes/agency:europol");

        var languages = detail.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("language").GetString());
        Assert.Equal(["es"], languages);
    }

    [Fact]
    public async Task ExportedEdgesListTheirReportsLanguagesAndEventNodesTheirReportsLanguage()
    {
        var edges = await CsvRows("/api/export?format=edges-csv&language=fr");
        var events = await CsvRows("/api/export?format=nodes-csv&view=bipartite");

        var languages = edges[0].IndexOf("languages");
        Assert.True(edges.Count > 1);
        Assert.All(edges.Skip(1), row => Assert.Equal("fr", row[languages]));
        var (kind, language) = (events[0].IndexOf("kind"), events[0].IndexOf("language"));
        Assert.Equal(["en", "es", "fr"], events.Skip(1).Where(r => r[kind] == "event").Select(r => r[language]).Order());
        Assert.All(events.Skip(1).Where(r => r[kind] != "event"), row => Assert.Equal("", row[language]));
    }

    [Fact]
    public async Task GraphMLAndGexfDeclareTheLanguageAttributes()
    {
        var graphml = await _client.GetStringAsync("/api/export?format=graphml&view=bipartite");
        var gexf = await _client.GetStringAsync("/api/export?format=gexf&language=es");

        Assert.Contains("attr.name=\"language\"", graphml, StringComparison.Ordinal);
        Assert.Contains("attr.name=\"languages\"", graphml, StringComparison.Ordinal);
        Assert.Contains("title=\"languages\"", gexf, StringComparison.Ordinal);
        Assert.Contains("value=\"es\"", gexf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheVocabularyListsTheLanguagesThePageOffers()
    {
        var vocabulary = await _client.GetFromJsonAsync<JsonElement>("/api/vocabulary");

        var languages = vocabulary.GetProperty("languages").EnumerateArray()
            .Select(l => (l.GetProperty("name").GetString(), l.GetProperty("label").GetString()));
        Assert.Equal([("en", "English"), ("es", "Spanish"), ("pt", "Portuguese"), ("fr", "French")], languages);
    }

    private static HashSet<string> Participants(JsonElement ingest) =>
        ingest.GetProperty("events").EnumerateArray()
            .SelectMany(e => e.GetProperty("leadIds").EnumerateArray().Concat(e.GetProperty("participantIds").EnumerateArray()))
            .Select(id => id.GetString()!)
            .ToHashSet();

    private static IEnumerable<string> NodeIds(JsonElement graph) =>
        graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data").GetProperty("id").GetString()!);

    private async Task<List<List<string>>> CsvRows(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Cells(line.TrimEnd('\r')))];
    }

    /// <summary>One RFC 4180 line's cells (no line breaks inside cells in these exports).</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
