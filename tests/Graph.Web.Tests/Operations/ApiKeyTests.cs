using System.Net;
using System.Net.Http.Json;
using Graph.Core.Storage.Keys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;

namespace Graph.Web.Tests.Operations;

/// <summary>Named keys from the key store, the configured key, revocation, and the author recorded with each report.</summary>
public sealed class ApiKeyTests : IDisposable
{
    private readonly GraphApplication _app = new();

    public void Dispose() => _app.Dispose();

    private IApiKeyStore Keys => _app.Services.GetRequiredService<IApiKeyStore>();

    [Fact]
    public async Task AReportPostedWithANamedKeyRecordsTheKeyNameAsAuthor()
    {
        var secret = Keys.Add("alice");

        var response = await PostWithKeyAsync(secret, "Europol supported the police of Spain and Italy.");
        await _app.PostReportAsync("INTERPOL supported the police of Brazil.");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["alice", "default"], Authors());
    }

    [Fact]
    public async Task ARevokedKeyIsRefusedWith401AndStoresNothing()
    {
        var secret = Keys.Add("bob");
        Assert.True(Keys.Revoke("bob"));

        var response = await PostWithKeyAsync(secret, "Europol supported the police of Spain.");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_app.Store.ListReports());
    }

    [Fact]
    public async Task AKeyThatDiffersInItsLastCharacterIsRefused()
    {
        var secret = Keys.Add("carol");
        var near = secret[..^1] + (secret[^1] == 'a' ? 'b' : 'a');

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostWithKeyAsync(near, "Europol supported Spain.")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostWithKeyAsync(secret, "Europol supported Spain.")).StatusCode);
    }

    [Fact]
    public void KeysAreStoredOnlyAsHashes()
    {
        var secret = Keys.Add("dave");

        var bytes = File.ReadAllBytes(_app.DatabaseFile);
        var wal = File.Exists(_app.DatabaseFile + "-wal") ? File.ReadAllBytes(_app.DatabaseFile + "-wal") : [];
        var needle = System.Text.Encoding.UTF8.GetBytes(secret);
        Assert.Equal(-1, bytes.AsSpan().IndexOf(needle));
        Assert.Equal(-1, wal.AsSpan().IndexOf(needle));
        Assert.Equal("dave", Keys.FindHolder(secret));
    }

    private async Task<HttpResponseMessage> PostWithKeyAsync(string key, string text)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return await client.PostAsJsonAsync("/api/reports", new { text });
    }

    private string[] Authors()
    {
        using var connection = new SqliteConnection($"Data Source={_app.DatabaseFile}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT author FROM reports ORDER BY id";
        using var reader = command.ExecuteReader();
        var authors = new List<string>();
        while (reader.Read())
        {
            authors.Add(reader.GetString(0));
        }

        return [.. authors];
    }
}
