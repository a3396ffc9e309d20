using System.Globalization;
using Graph.Core.Import;
using Spectre.Console;

namespace Graph.Cli.Verbs;

/// <summary>How an import's progress and summary are shown: a live bar on a terminal, plain lines elsewhere.</summary>
internal static class ImportProgressView
{
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(2);

    public static void Live(ImportRun run)
    {
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading", maxValue: 1);
                while (!Finished(run, TimeSpan.FromMilliseconds(200)))
                {
                    Update(task, run.Progress);
                }

                Update(task, run.Progress with { BytesRead = run.Progress.BytesTotal });
            });
    }

    public static void Plain(ImportRun run, TextWriter output)
    {
        var started = DateTime.UtcNow;
        while (!Finished(run, PlainEvery))
        {
            output.WriteLine("progress: " + Line(run.Progress, (DateTime.UtcNow - started).TotalSeconds));
        }
    }

    public static void Summary(ImportResult result, double seconds, TextWriter output)
    {
        var c = result.Counts;
        output.WriteLine($"read {c.Read}, stored {c.Stored}, already stored {c.AlreadyStored}, refused {c.Refused}, skipped {c.Skipped} " +
            $"in {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({Rate(c, seconds)} reports/s)");
    }

    // Waits without throwing: a failed import is reported by whoever awaits its completion.
    private static bool Finished(ImportRun run, TimeSpan wait) => ((IAsyncResult)run.Completion).AsyncWaitHandle.WaitOne(wait);

    private static void Update(ProgressTask task, ImportProgress p)
    {
        task.Value = p.BytesTotal > 0 ? p.Fraction : 0;
        task.Description = Markup.Escape($"stored {p.Stored:N0} · already {p.AlreadyStored:N0} · refused {p.Refused:N0} · {Path.GetFileName(p.CurrentFile ?? "")}");
    }

    private static string Line(ImportProgress p, double seconds) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{p.Fraction:P0} read {p.Read} stored {p.Stored} already {p.AlreadyStored} refused {p.Refused} ({Rate(p, seconds)} reports/s) {p.CurrentFile}");

    private static string Rate(ImportProgress p, double seconds) =>
        (seconds <= 0 ? 0 : (p.Stored + p.AlreadyStored) / seconds).ToString("0", CultureInfo.InvariantCulture);
}
