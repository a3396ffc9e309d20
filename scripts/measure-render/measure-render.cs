#:package Microsoft.Playwright
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// Prints time to first render and to layout completion for synthetic graphs of 500, 2,000 and
// 5,000 nodes in headless Chromium, using the explorer's own stylesheet and layout registry.
// Run from the repository root after `dotnet build src/Graph.Web` (which restores wwwroot/lib):
//   dotnet run scripts/measure-render/measure-render.cs [-- 500 2000 5000]
using System.Text.Json;
using Microsoft.Playwright;

var root = FindRoot(Directory.GetCurrentDirectory());
var webRoot = Path.Combine(root, "wwwroot");
var benchRoot = Path.Combine(root, "scripts", "measure-render");
if (!File.Exists(Path.Combine(webRoot, "lib", "cytoscape", "cytoscape.esm.min.mjs")))
{
    Console.Error.WriteLine("wwwroot/lib is empty: run `dotnet build src/Graph.Web` first.");
    return 1;
}

int[] sizes = args.Length > 0 ? [.. args.Select(int.Parse)] : [500, 2000, 5000];
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

Console.WriteLine($"{"nodes",6} {"edges",6} {"renderer",-8} {"layout",-8} {"quality",-8} {"first render",13} {"layout done",12}");
foreach (var size in sizes)
{
    foreach (var webgl in new[] { false, true })
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        // Files come straight from disk through Playwright's router, so no server is involved.
        await page.RouteAsync("http://bench.local/**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            var file = path.StartsWith("/bench/", StringComparison.Ordinal)
                ? Path.Combine(benchRoot, path["/bench/".Length..])
                : Path.Combine(webRoot, path.TrimStart('/'));
            if (!File.Exists(file))
            {
                await route.FulfillAsync(new() { Status = 404 });
                return;
            }

            await route.FulfillAsync(new() { Status = 200, ContentType = ContentType(file), BodyBytes = await File.ReadAllBytesAsync(file) });
        });
        page.PageError += (_, error) => Console.Error.WriteLine($"page error: {error}");
        page.Console += (_, message) => Console.Error.WriteLine($"console {message.Type}: {message.Text}");
        await page.GotoAsync($"http://bench.local/bench/bench.html?nodes={size}&webgl={(webgl ? 1 : 0)}");
        try
        {
            await page.WaitForFunctionAsync("() => document.getElementById('result').textContent.length > 0", null, new() { Timeout = 240_000 });
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"{size,6} {"",6} {(webgl ? "webgl" : "canvas"),-8} did not finish within 4 minutes");
            await page.CloseAsync();
            continue;
        }

        var json = JsonDocument.Parse(await page.TextContentAsync("#result") ?? "{}").RootElement;
        if (json.TryGetProperty("unavailable", out var why))
        {
            Console.WriteLine($"{size,6} {"",6} {"webgl",-8} not measured: {why.GetString()}");
            await page.CloseAsync();
            continue;
        }

        Console.WriteLine(
            $"{json.GetProperty("nodes").GetInt32(),6} {json.GetProperty("edges").GetInt32(),6} {(webgl ? "webgl" : "canvas"),-8} " +
            $"{json.GetProperty("layout").GetString(),-8} {json.GetProperty("quality").GetString(),-8} " +
            $"{json.GetProperty("firstRenderMs").GetInt32(),10} ms {json.GetProperty("layoutMs").GetInt32(),9} ms");
        await page.CloseAsync();
    }
}

return 0;

static string ContentType(string file) => Path.GetExtension(file) switch
{
    ".html" => "text/html",
    ".css" => "text/css",
    ".js" or ".mjs" => "text/javascript",
    _ => "application/octet-stream",
};

static string FindRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository (no Graph.sln found above the working directory).");
}
