using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Graph.Reliability.Tests.Harness;
using Xunit.Abstractions;

namespace Graph.Reliability.Tests;

/// <summary>
/// Slowloris: a client that trickles its headers or its body holds a connection for as long as the
/// server lets it. Kestrel's limits (set from Graph:Limits, tightened here so the test is short) must cut it.
/// </summary>
public sealed class SlowClientTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int HeaderTimeoutSeconds = 2;
    private const int BodyGraceSeconds = 2;
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(20);

    private readonly TempFolder _folder = new();
    private ServerProcess _server = null!;

    public async Task InitializeAsync() =>
        _server = await ServerProcess.StartAsync(_folder.Database, new Dictionary<string, string>
        {
            ["Graph__Limits__RequestHeadersTimeoutSeconds"] = HeaderTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Graph__Limits__MinRequestBodyBytesPerSecond"] = "100",
            ["Graph__Limits__MinRequestBodyGraceSeconds"] = BodyGraceSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task HeadersTrickledByteByByteAreCutOffByTheHeaderTimeout()
    {
        var (cut, after) = await TrickleAsync("POST /api/reports HTTP/1.1\r\nHost: localhost\r\n", "X-Slow: " + new string('a', 200));

        output.WriteLine($"slow headers: connection cut after {after.TotalSeconds:F1} s");
        Assert.True(cut, $"The server still held the slow-header connection after {GiveUp.TotalSeconds} s.");
        Assert.True(after >= TimeSpan.FromSeconds(HeaderTimeoutSeconds - 0.5), $"Cut after {after.TotalSeconds:F1} s, before the timeout.");
    }

    [Fact]
    public async Task ABodyTrickledBelowTheMinimumRateIsCutOff()
    {
        var head = "POST /api/reports HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n" +
            $"X-Api-Key: {ServerProcess.ApiKey}\r\nContent-Length: 100000\r\n\r\n";
        var (cut, after) = await TrickleAsync(head, new string('x', 1000));

        output.WriteLine($"slow body: connection cut after {after.TotalSeconds:F1} s");
        Assert.True(cut, $"The server still held the slow-body connection after {GiveUp.TotalSeconds} s.");
        Assert.True(after >= TimeSpan.FromSeconds(BodyGraceSeconds - 0.5), $"Cut after {after.TotalSeconds:F1} s, within the grace period.");
        Assert.Equal("[]", await _server.Client(writer: false).GetStringAsync("/api/reports"));
    }

    /// <summary>Sends <paramref name="head"/> at once, then <paramref name="trickle"/> a byte every 200 ms until the server closes the connection.</summary>
    private async Task<(bool Cut, TimeSpan After)> TrickleAsync(string head, string trickle)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(_server.Address.Host, _server.Address.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var started = Stopwatch.StartNew();
        var answer = new byte[4096];
        var reading = stream.ReadAsync(answer).AsTask();
        foreach (var b in Encoding.ASCII.GetBytes(trickle))
        {
            if (started.Elapsed > GiveUp)
            {
                return (false, started.Elapsed);
            }

            if (await Task.WhenAny(reading, Task.Delay(200)) == reading)
            {
                return (true, started.Elapsed); // the server answered (408) or closed: either way the slow client is cut
            }

            try
            {
                await stream.WriteAsync(new[] { b });
            }
            catch (IOException)
            {
                return (true, started.Elapsed);
            }
        }

        return (false, started.Elapsed);
    }
}
