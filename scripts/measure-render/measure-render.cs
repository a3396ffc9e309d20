#:package Microsoft.Playwright
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// Render benchmark in headless Chromium (docs/render-limits.md). Two modes:
//   dotnet run scripts/measure-render/measure-render.cs [-- 500 2000 5000 20000]
//     synthetic graphs drawn with the page's own stylesheet and layouts, canvas and WebGL: first
//     render, layout, and the frame rate while panning and zooming with the mouse;
//   dotnet run scripts/measure-render/measure-render.cs -- --server http://127.0.0.1:5000 [/#view=countries …]
//     the real page against a running server: time from navigation to the first laid-out picture
//     of each address (default view first), what it shows, and the pan/zoom frame rate.
// Run from the repository root after `dotnet build src/Graph.Web` (which restores wwwroot/lib).
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

const string CountFrames =
    "ms => new Promise(resolve => { let frames = 0; const first = performance.now();" +
    " const tick = now => { frames += 1; if (now - first < ms) requestAnimationFrame(tick); else resolve(Math.round(frames * 10000 / (now - first)) / 10); };" +
    " requestAnimationFrame(tick); })";

var root = FindRoot(Directory.GetCurrentDirectory());
var webRoot = Path.Combine(root, "wwwroot");
var benchRoot = Path.Combine(root, "scripts", "measure-render");
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

if (args.Length > 1 && args[0] == "--server")
{
    // --webroot DIR serves the page's files from DIR instead of the server (an older wwwroot, for a before/after against one server).
    var pageRoot = OptionAfter(args, "--webroot");
    // --profile-dir DIR also keeps each profile whole (DIR/<address>-<phase>.cpuprofile, for Chromium's DevTools or a script).
    var profileDir = OptionAfter(args, "--profile-dir");
    // --shots DIR saves what each address showed once laid out (DIR/<address>.png).
    var shotDir = OptionAfter(args, "--shots");
    string[] valued = ["--webroot", "--profile-dir", "--shots"];
    var rest = args[2..].Where((a, i) => a != "--profile" && !valued.Contains(a) && !valued.Contains(args[i + 1])).ToArray();
    return await MeasureServer(browser, args[1].TrimEnd('/'), args.Contains("--profile") || profileDir is not null, profileDir, shotDir, pageRoot, rest.Length > 0 ? rest : ["/", "/#view=countries", "/#view=regions", "/#budget=2000", "/#measure=pagerank"]);
}

if (!File.Exists(Path.Combine(webRoot, "lib", "cytoscape", "cytoscape.esm.min.mjs")))
{
    Console.Error.WriteLine("wwwroot/lib is empty: run `dotnet build src/Graph.Web` first.");
    return 1;
}

// --query "k=v&…" passes options to bench.js (e.g. textureOnViewport=0) to compare renderer settings; --renderer canvas|webgl runs one.
var extraQuery = OptionAfter(args, "--query");
var onlyRenderer = OptionAfter(args, "--renderer");
// --profile prints where the main thread's time went while panning and zooming (a CPU profile, self time per function).
var profile = args.Contains("--profile");
var sizeArgs = args.Where((a, i) => a.All(char.IsAsciiDigit) && (i == 0 || args[i - 1] is not ("--query" or "--renderer"))).ToArray();
int[] sizes = sizeArgs.Length > 0 ? [.. sizeArgs.Select(int.Parse)] : [500, 2000, 5000, 20000];
Console.WriteLine($"{"nodes",6} {"edges",6} {"renderer",-8} {"layout",-8} {"quality",-8} {"first render",13} {"layout done",12} {"pan/zoom",10} {"labelled",8} {"frame: whole",13} {"each",6} {"texture",8} {"zoomed",8}");
foreach (var size in sizes)
{
    foreach (var webgl in new[] { false, true }.Where(w => onlyRenderer is null || (onlyRenderer == "webgl") == w))
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
        await page.GotoAsync($"http://bench.local/bench/bench.html?nodes={size}&webgl={(webgl ? 1 : 0)}{(extraQuery is null ? "" : "&" + extraQuery)}", new() { Timeout = 300_000 });
        try
        {
            await page.WaitForFunctionAsync("() => document.getElementById('result').textContent.length > 0", null, new() { Timeout = 300_000 });
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"{size,6} {"",6} {(webgl ? "webgl" : "canvas"),-8} did not finish within 5 minutes");
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

        if (profile)
        {
            // Where one frame's time goes: the frame-cost probe (bench.js) drawn three more times under the profiler.
            var costs = await StartProfile(page);
            await page.EvaluateAsync("() => { for (let i = 0; i < 3; i++) frameCosts(); }");
            Console.Error.WriteLine("  frames drawn by the probe:");
            await PrintProfile(costs);
            Console.Error.WriteLine("  panning and zooming:");
        }

        // CPU time of the page's main thread (Chromium's ThreadTime), which the machine's load does not inflate as it does wall time.
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");
        var before = await ThreadTime(cdp);
        if (!webgl)
        {
            await page.EvaluateAsync("() => drawWhole(5)");
        }

        var wholeCpu = (await ThreadTime(cdp) - before) / 5;
        var profiler = profile ? await StartProfile(page) : null;
        var (fps, cpuPerFrame) = await PanAndZoomWithCpu(page, cdp);
        if (profiler is not null)
        {
            await PrintProfile(profiler);
        }

        Console.WriteLine(
            $"{json.GetProperty("nodes").GetInt32(),6} {json.GetProperty("edges").GetInt32(),6} {(webgl ? "webgl" : "canvas"),-8} " +
            $"{json.GetProperty("layout").GetString(),-8} {json.GetProperty("quality").GetString(),-8} " +
            $"{json.GetProperty("firstRenderMs").GetInt32(),10} ms {json.GetProperty("layoutMs").GetInt32(),9} ms {fps,6:F1} fps {json.GetProperty("labelled").GetInt32(),8} {Cost("fullMs"),10} ms {Cost("eachMs"),3} ms {Cost("textureMs"),5} ms {Cost("afterZoomMs"),5} ms  cpu: whole frame {wholeCpu,5:F0} ms, pan/zoom {cpuPerFrame,5:F1} ms a frame");
        string Cost(string name) => json.TryGetProperty(name, out var ms) ? ms.GetDouble().ToString("F0", System.Globalization.CultureInfo.InvariantCulture) : "-";
        await page.CloseAsync();
    }
}

return 0;

// Opens each address in a fresh page and times it to the page's own readiness flag (set once the
// picture is drawn and laid out), then pans and zooms.
static async Task<int> MeasureServer(IBrowser browser, string server, bool profile, string? profileDir, string? shotDir, string? pageRoot, string[] paths)
{
    Console.WriteLine($"{"address",-28} {"first picture",14} {"laid out",11} {"DOM ready",11} {"graph GET",10} {"nodes",6} {"edges",6} {"renderer",-8} {"pan/zoom",9}  statement");
    foreach (var path in paths)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        page.PageError += (_, error) => Console.Error.WriteLine($"page error: {error}");
        if (pageRoot is not null)
        {
            await page.RouteAsync(url => url.StartsWith(server, StringComparison.Ordinal) && !new Uri(url).AbsolutePath.StartsWith("/api/", StringComparison.Ordinal), async route =>
            {
                var local = new Uri(route.Request.Url).AbsolutePath;
                var file = Path.Combine(pageRoot, local == "/" ? "index.html" : local.TrimStart('/'));
                if (!File.Exists(file))
                {
                    await route.ContinueAsync();
                    return;
                }

                await route.FulfillAsync(new() { Status = 200, ContentType = ContentType(file), BodyBytes = await File.ReadAllBytesAsync(file) });
            });
        }

        // --profile: where the main thread's time went from navigation to the first picture.
        var profiler = profile ? await StartProfile(page) : null;
        // The main thread's CPU time to the first picture, which the machine's load inflates far less than the wall time.
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(server + path, new() { Timeout = 300_000 });
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('first-picture').length > 0 || document.querySelector('#cy')?.dataset.ready === 'true'", null, new() { Timeout = 300_000, PollingInterval = 20 });
        var cpuToFirst = await ThreadTime(cdp); // the page's renderer process is new for this address: its main thread's whole time
        if (profiler is not null)
        {
            await page.WaitForFunctionAsync("() => performance.getEntriesByName('first-picture').length > 0", null, new() { Timeout = 300_000, PollingInterval = 20 });
            await PrintProfile(profiler, SavedProfile(profileDir, path, "first-picture"));
        }

        try
        {
            await page.WaitForFunctionAsync("() => { const el = document.querySelector('#cy'); return el && el.dataset.ready === 'true' && Number(el.dataset.generation || 0) >= 1; }",
                null, new() { Timeout = 300_000, PollingInterval = 20 });
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"{path,-28} not drawn within 5 minutes");
            await page.CloseAsync();
            continue;
        }

        var firstPicture = clock.Elapsed.TotalSeconds;
        if (shotDir is not null)
        {
            await page.ScreenshotAsync(new() { Path = SavedProfile(shotDir, path, "laid-out")![..^".cpuprofile".Length] + ".png" });
        }

        var graph = page.Locator("#cy");
        var nodes = await graph.GetAttributeAsync("data-node-count");
        var edges = await graph.GetAttributeAsync("data-edge-count");
        var renderer = await graph.GetAttributeAsync("data-renderer");
        var statement = await page.Locator("#picture-statement").TextContentAsync();
        // The secondary lists (timeline, coverage) load after the picture; wait for them to say when they ended.
        await page.WaitForFunctionAsync("() => document.querySelector('#cy').dataset.lists === 'loaded' || !performance.getEntriesByName('secondary-requested').length", null, new() { Timeout = 300_000, PollingInterval = 50 });
        var split = await page.EvaluateAsync<double[]>(
            "() => [performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd," +
            " performance.getEntriesByType('resource').filter(e => e.name.includes('/api/graph')).map(e => e.responseEnd - e.startTime)[0] || 0," +
            " performance.getEntriesByName('first-picture')[0]?.startTime || 0]");
        // The page marks its first drawn picture (the rings shown while the worker lays out); pages without the mark count the laid-out one.
        var drawn = split[2] > 0 ? split[2] / 1000 : firstPicture;
        // Where the time went: every API request (start → end, bytes on the wire) and the page's own marks.
        var timings = await page.EvaluateAsync<string>(
            "() => JSON.stringify([...performance.getEntriesByType('resource').filter(e => e.name.includes('/api/'))" +
            ".map(e => ({ name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd, bytes: e.transferSize }))," +
            " ...performance.getEntriesByType('mark').map(m => ({ name: '· ' + m.name, start: m.startTime, end: m.startTime, bytes: 0 }))]" +
            ".sort((a, b) => a.start - b.start))");
        foreach (var entry in JsonDocument.Parse(timings).RootElement.EnumerateArray())
        {
            var (start, end) = (entry.GetProperty("start").GetDouble() / 1000, entry.GetProperty("end").GetDouble() / 1000);
            var bytes = entry.GetProperty("bytes").GetDouble();
            Console.Error.WriteLine(end > start
                ? $"    {entry.GetProperty("name").GetString(),-28} {start,6:F2} → {end,6:F2} s  {bytes / 1024,8:F0} KB"
                : $"    {entry.GetProperty("name").GetString(),-28} {start,6:F2} s");
        }

        // --profile: where the main thread's time went while panning and zooming, too.
        var gestureProfiler = profile ? await StartProfile(page) : null;
        var (fps, cpuPerFrame) = await PanAndZoomWithCpu(page, cdp);
        if (gestureProfiler is not null)
        {
            Console.Error.WriteLine("  panning and zooming:");
            await PrintProfile(gestureProfiler, SavedProfile(profileDir, path, "pan-zoom"));
        }

        Console.WriteLine($"{path,-28} {drawn,12:F2} s {firstPicture,9:F2} s {split[0] / 1000,9:F2} s {split[1] / 1000,8:F2} s {nodes,6} {edges,6} {renderer,-8} {fps,5:F1} fps ({cpuPerFrame:F1} ms CPU a frame)  main-thread CPU to first picture {cpuToFirst / 1000:F2} s  {statement}");
        await page.CloseAsync();
    }

    return 0;
}

static async Task<double> ThreadTime(ICDPSession cdp)
{
    var metrics = await cdp.SendAsync("Performance.getMetrics") ?? throw new InvalidOperationException("No metrics came back.");
    return metrics.GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("name").GetString() == "ThreadTime").GetProperty("value").GetDouble() * 1000;
}

// The frame rate while panning and zooming, and the main thread's CPU milliseconds per frame drawn.
static async Task<(double Fps, double CpuPerFrame)> PanAndZoomWithCpu(IPage page, ICDPSession cdp)
{
    var before = await ThreadTime(cdp);
    var fps = await PanAndZoom(page, "#cy");
    var cpu = await ThreadTime(cdp) - before;
    return (fps, fps > 0 ? cpu / (fps * 3) : double.NaN);
}

// Drags and wheels over the graph for three seconds while the page counts the frames it manages.
static async Task<double> PanAndZoom(IPage page, string selector)
{
    var box = await page.Locator(selector).BoundingBoxAsync() ?? throw new InvalidOperationException("No graph on the page.");
    // Drags start where the renderer's own hit test finds background, so they pan rather than move a node.
    var spot = await page.EvaluateAsync<double[]>(
        "sel => { const cy = document.querySelector(sel)._cyreg.cy; const r = cy.renderer(), z = cy.zoom(), pan = cy.pan();" +
        " for (let y = 10; y < cy.height(); y += 15) for (let x = 10; x < cy.width(); x += 15) {" +
        "  if (!r.findNearestElement((x - pan.x) / z, (y - pan.y) / z, true, false)) return [x, y]; } return [10, 10]; }", selector);
    var (cx, cy) = (box.X + (float)spot[0], box.Y + (float)spot[1]);
    var frames = page.EvaluateAsync<double>(CountFrames, 3000);
    var clock = Stopwatch.StartNew();
    var turn = 0;
    while (clock.ElapsedMilliseconds < 3000)
    {
        await page.Mouse.MoveAsync(cx, cy);
        await page.Mouse.DownAsync();
        var angle = turn * 0.7;
        await page.Mouse.MoveAsync(cx + 100 * (float)Math.Cos(angle), cy + 80 * (float)Math.Sin(angle), new() { Steps = 40 });
        await page.Mouse.UpAsync();
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.Mouse.WheelAsync(0, turn % 2 == 0 ? -240 : 240);
        turn++;
    }

    return await frames;
}

static async Task<ICDPSession> StartProfile(IPage page)
{
    var session = await page.Context.NewCDPSessionAsync(page);
    await session.SendAsync("Profiler.enable");
    await session.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 500 });
    await session.SendAsync("Profiler.start");
    return session;
}

// Self time per function over the profile, the fifteen largest, with the file each comes from.
static async Task PrintProfile(ICDPSession session, string? saveAs = null)
{
    var result = await session.SendAsync("Profiler.stop") ?? throw new InvalidOperationException("No profile came back.");
    var profileJson = result.GetProperty("profile");
    if (saveAs is not null)
    {
        await File.WriteAllTextAsync(saveAs, profileJson.GetRawText());
        Console.Error.WriteLine($"    (whole profile: {saveAs})");
    }

    var names = new Dictionary<int, string>();
    foreach (var node in profileJson.GetProperty("nodes").EnumerateArray())
    {
        var frame = node.GetProperty("callFrame");
        var url = frame.GetProperty("url").GetString() ?? "";
        var function = frame.GetProperty("functionName").GetString();
        names[node.GetProperty("id").GetInt32()] = $"{(string.IsNullOrEmpty(function) ? "(anonymous)" : function)} {Path.GetFileName(url)}".Trim();
    }

    var samples = profileJson.GetProperty("samples").EnumerateArray().Select(e => e.GetInt32()).ToArray();
    var deltas = profileJson.GetProperty("timeDeltas").EnumerateArray().Select(e => e.GetDouble() / 1000).ToArray();
    var total = deltas.Sum();
    var self = new Dictionary<string, double>();
    for (var i = 0; i < samples.Length - 1; i++)
    {
        var name = names[samples[i]];
        self[name] = self.GetValueOrDefault(name) + deltas[i + 1];
    }

    foreach (var (name, ms) in self.OrderByDescending(pair => pair.Value).Take(15))
    {
        Console.Error.WriteLine($"    {ms,8:F0} ms {100 * ms / total,5:F1} %  {name}");
    }

    // The page's own functions (not the libraries') with the time spent in them and what they called:
    // self time above names the renderer's minified internals; this says which of the page's handlers led there.
    var parents = new Dictionary<int, int>();
    foreach (var node in profileJson.GetProperty("nodes").EnumerateArray())
    {
        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                parents[child.GetInt32()] = node.GetProperty("id").GetInt32();
            }
        }
    }

    var inclusive = new Dictionary<string, double>();
    for (var i = 0; i < samples.Length - 1; i++)
    {
        var seen = new HashSet<string>();
        for (var id = samples[i]; ; id = parents[id])
        {
            var name = names[id];
            if (name.Contains(".js", StringComparison.Ordinal) && !name.Contains("cytoscape", StringComparison.Ordinal) && seen.Add(name))
            {
                inclusive[name] = inclusive.GetValueOrDefault(name) + deltas[i + 1];
            }

            if (!parents.ContainsKey(id))
            {
                break;
            }
        }
    }

    Console.Error.WriteLine("    the page's functions, time inside them and their callees:");
    foreach (var (name, ms) in inclusive.OrderByDescending(pair => pair.Value).Take(12))
    {
        Console.Error.WriteLine($"    {ms,8:F0} ms {100 * ms / total,5:F1} %  {name}");
    }
}

static string? SavedProfile(string? dir, string address, string phase) =>
    dir is null ? null : Path.Combine(dir, $"{new string([.. address.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]).Trim('_')}-{phase}.cpuprofile");

static string? OptionAfter(string[] args, string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static string ContentType(string file) => Path.GetExtension(file) switch
{
    ".html" => "text/html",
    ".css" => "text/css",
    ".js" or ".mjs" => "text/javascript",
    ".json" => "application/json",
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
