using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>
/// The real app on a loopback port with its own temporary SQLite file (seeded from data/reports),
/// plus one headless Debian Chromium shared by every test that uses this fixture.
/// </summary>
public class ExplorerServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ApiKey = "browser-test-key";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("graph-browser-").FullName;
    private IPlaywright? _playwright;

    public ExplorerServer() => UseKestrel(0);

    /// <summary>Root address of the running app, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A plain HTTP client on the same server, to ask the API what the page should show.</summary>
    public HttpClient Api { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Graph", $"Data Source={Path.Combine(_folder, "graph.db")}");
        builder.UseSetting("Graph:ApiKey", ApiKey);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        // Every test shares this server's per-address budgets; a page load makes several analyses.
        builder.UseSetting("Graph:RateLimits:WritesPerMinute", "1000000");
        builder.UseSetting("Graph:RateLimits:WriteBurst", "1000000");
        builder.UseSetting("Graph:RateLimits:ExpensiveReadsPerMinute", "1000000");
        builder.UseSetting("Graph:RateLimits:ExpensiveReadBurst", "1000000");
    }

    public async Task InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        Api = new HttpClient { BaseAddress = Address };
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page (own context, so nothing leaks between tests) that reports console errors.</summary>
    public async Task<ExplorerPage> OpenAsync(string pathAndHash = "/")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        var explorer = new ExplorerPage(page);
        await explorer.GotoAsync(pathAndHash);
        return explorer;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        Api.Dispose();
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is harmless.
        }
    }
}
