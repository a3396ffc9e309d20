using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Reliability.Tests.Harness;

/// <summary>
/// The real server: Graph.Web's own build output started with <c>dotnet Graph.Web.dll</c> as a child
/// process on a free loopback port (port 0; the address is read from its start-up log), over a
/// database file the test owns. <see cref="Crash"/> is <c>kill -9</c>: no shutdown code runs.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    public const string ApiKey = "reliability-key";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly List<string> _log = [];

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Everything the server printed so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    /// <summary>
    /// Starts a server over <paramref name="databaseFile"/> with no sample reports and limits high enough
    /// for load, unless <paramref name="settings"/> says otherwise (configuration keys as environment variables).
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string databaseFile, IReadOnlyDictionary<string, string>? settings = null)
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Graph.sln not found above the tests.");
        var configuration = typeof(ServerProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(root, "src", "Graph.Web", "bin", configuration, "net10.0", "Graph.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        var empty = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(databaseFile)!, "no-seed")).FullName;
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Graph"] = $"Data Source={databaseFile}",
            ["Graph__ApiKey"] = ApiKey,
            ["Graph__SeedFolder"] = empty,
            ["Graph__RateLimits__WritesPerMinute"] = "1000000",
            ["Graph__RateLimits__WriteBurst"] = "1000000",
            ["Graph__RateLimits__ExpensiveReadsPerMinute"] = "1000000",
            ["Graph__RateLimits__ExpensiveReadBurst"] = "1000000",
            ["Logging__LogLevel__Graph.Requests"] = "Warning",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = new List<string>();
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(line);
            }

            if (ListeningOn().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(StartLimit));
        if (first != listening.Task)
        {
            process.Kill(entireProcessTree: true);
            lock (lines)
            {
                throw new InvalidOperationException($"The server did not start listening:\n{string.Join('\n', lines)}");
            }
        }

        var server = new ServerProcess(process, await listening.Task);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        lock (lines)
        {
            server._log.AddRange(lines);
        }

        return server;
    }

    /// <summary>A client for the server; with the API key when <paramref name="writer"/>.</summary>
    public HttpClient Client(bool writer = true)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (writer)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        }

        return client;
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: the process gets no chance to flush or shut down.</summary>
    public async Task CrashAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.Add(line);
            }
        }
    }

    [GeneratedRegex(@"Now listening on: (http://[^\s""]+)")]
    private static partial Regex ListeningOn();
}
