using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace Graph.Web.Tests.Imports;

public sealed class ImportEndpointsTests : IDisposable
{
    private const string Csv = """
        text,title,date,url
        "The Belgian Federal Police and the Dutch National Police seized cocaine in Antwerp with support from Europol.",Antwerp,2024-06-01,https://news.example.org/antwerp
        "",Empty,2024-06-02,
        """;

    private readonly GraphApplication _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>Two GDELT rows in the documented 61-column layout: Spain–Morocco judicial cooperation (063), Italy–Tunisia consultation (040).</summary>
    private static string Gdelt()
    {
        static string Row(long id, string a1, string a2, string code)
        {
            var cells = new string[61];
            Array.Fill(cells, "");
            (cells[0], cells[1], cells[7], cells[17], cells[26], cells[28]) = (id.ToString(System.Globalization.CultureInfo.InvariantCulture), "20250110", a1, a2, code, code[..2]);
            (cells[29], cells[30], cells[31], cells[60]) = ("2", "6.0", "8", $"https://news.example.org/gdelt/{id}");
            return string.Join('\t', cells);
        }

        return Row(900001, "ESP", "MAR", "063") + "\n" + Row(900002, "ITA", "TUN", "040") + "\n";
    }

    private static MultipartFormDataContent Upload(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return form;
    }

    private async Task<JsonElement> UntilFinishedAsync(HttpClient client, Uri location)
    {
        var progress = new List<double>();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var status = await client.GetFromJsonAsync<JsonElement>(location);
            progress.Add(status.GetProperty("progress").GetDouble());
            if (status.GetProperty("state").GetString() is "completed" or "failed")
            {
                Assert.Equal(progress.Order(), progress); // progress never goes back
                return status;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The import did not finish in 30 s.");
    }

    [Fact]
    public async Task UploadedFilesAreImportedInTheBackgroundAndTheGraphShowsBothSourceKinds()
    {
        var client = _app.CreateWriter();

        var response = await client.PostAsync("/api/imports", Upload(("reports.csv", Encoding.UTF8.GetBytes(Csv)), ("events.export.CSV", Encoding.UTF8.GetBytes(Gdelt()))));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith("/api/imports/", location.OriginalString, StringComparison.Ordinal);
        var status = await UntilFinishedAsync(client, location);
        Assert.Equal("completed", status.GetProperty("state").GetString());
        Assert.Equal((3L, 1L, 1L), (status.GetProperty("stored").GetInt64(), status.GetProperty("refused").GetInt64(), status.GetProperty("read").GetInt64() - 3));
        var refusal = Assert.Single(status.GetProperty("refusals").EnumerateArray());
        Assert.Equal(("reports.csv", "line 3", "the text is empty."),
            (refusal.GetProperty("file").GetString(), refusal.GetProperty("place").GetString(), refusal.GetProperty("reason").GetString()));

        var coded = await client.GetFromJsonAsync<JsonElement>("/api/graph?source=coded");
        var reports = await client.GetFromJsonAsync<JsonElement>("/api/graph?source=reports");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/graph");
        string[] Ids(JsonElement graph) => [.. graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data").GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
        Assert.Equal(["country:ES", "country:IT", "country:MA", "country:TN"], Ids(coded));
        Assert.Contains("agency:europol", Ids(reports));
        Assert.DoesNotContain("country:MA", Ids(reports));
        Assert.Equal(Ids(coded).Concat(Ids(reports)).Distinct().Order(StringComparer.Ordinal), Ids(all));

        var evidence = await client.GetFromJsonAsync<JsonElement>("/api/edges/evidence?source=country:ES&target=country:MA");
        var item = Assert.Single(evidence.GetProperty("evidence").EnumerateArray());
        Assert.Equal("coded", item.GetProperty("source").GetString());
        Assert.Equal("https://news.example.org/gdelt/900001", item.GetProperty("url").GetString());
    }

    [Fact]
    public async Task AZipUploadIsReadWholeAndItsUnsafeEntriesAreRefused()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in new[] { ("pages/report.txt", "Europol supported the Guardia Civil in Spain."), ("../escape.txt", "Europol.") })
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        var client = _app.CreateWriter();
        var response = await client.PostAsync("/api/imports", Upload(("bundle.zip", zip.ToArray())));
        var status = await UntilFinishedAsync(client, response.Headers.Location!);

        Assert.Equal((1L, 1L), (status.GetProperty("stored").GetInt64(), status.GetProperty("refused").GetInt64()));
        Assert.Contains("climbs out", status.GetProperty("refusals")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportsNeedTheKeyAMultipartBodyAndAtLeastOneFile()
    {
        var anonymous = await _app.CreateClient().PostAsync("/api/imports", Upload(("a.txt", "Europol."u8.ToArray())));
        var json = await _app.CreateWriter().PostAsJsonAsync("/api/imports", new { text = "Europol." });
        var empty = await _app.CreateWriter().PostAsync("/api/imports", new MultipartFormDataContent { { new StringContent("x"), "note" } });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_app.Store.ListReports());
    }

    [Fact]
    public async Task AnUploadOverTheConfiguredLimitIsRefusedWithProblemDetails()
    {
        using var small = _app.WithWebHostBuilder(b => b.UseSetting("Graph:Imports:MaxUploadBytes", "1000"));
        var client = small.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", GraphApplication.ApiKey);

        var response = await client.PostAsync("/api/imports", Upload(("big.txt", Encoding.UTF8.GetBytes(new string('x', 5000)))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUnknownImportIsNotFound()
    {
        var response = await _app.CreateClient().GetAsync($"/api/imports/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
