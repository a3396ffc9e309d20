using System.Diagnostics;

namespace Graph.Cli.Tests;

/// <summary>What one run of the <c>graph</c> command printed and how it exited.</summary>
public sealed record CommandResult(int ExitCode, string Output, string Error);

/// <summary>Runs the real <c>graph</c> executable (built beside the tests) in its own process.</summary>
public static class CommandLine
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static Task<CommandResult> RunAsync(params string[] args) => RunInAsync(null, args);

    /// <summary>Runs the command from a given working folder (the current one when null), so relative paths resolve there.</summary>
    public static async Task<CommandResult> RunInAsync(string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graph.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The tests say which database to use; a developer's own setting must not leak in.
        start.Environment.Remove("ConnectionStrings__Graph");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"graph {string.Join(' ', args)} ran longer than {Limit}.");
        }

        return new CommandResult(process.ExitCode, await output, await error);
    }
}
