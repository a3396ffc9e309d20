using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Import;

/// <summary>
/// Reads files of any supported format into reports and stores them in batches. Three stages run at
/// once, joined by bounded channels so memory stays flat however large the input: one reader walks
/// the files in order; extraction runs on every core; one writer saves a batch per transaction. A
/// refused item is counted with its reason and never stops the rest; every committed batch is
/// durable, and because saving is idempotent, running the same import again completes a broken one.
/// </summary>
/// <example>
/// <code>
/// var run = new ImportPipeline(ReportExtractor.Default, store).Start(["pages/", "feed.xml"], new ImportOptions());
/// var result = await run.Completion;   // result.Counts.Stored, result.Refusals
/// </code>
/// </example>
public sealed class ImportPipeline(IReportExtractor extractor, IReportStore store)
{
    private static readonly TimeSpan FlushAfter = TimeSpan.FromMilliseconds(500);

    /// <summary>Starts importing the files, folders and archives <paramref name="paths"/> name.</summary>
    public ImportRun Start(IReadOnlyList<string> paths, ImportOptions options, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var tally = new ImportTally(ImportSources.TotalBytes(paths), options.MaxListedRefusals);
        var entries = ImportSources.Expand(paths, options.EffectiveLimits, tally.BytesRead);
        return new ImportRun(tally, Task.Run(() => RunAsync(entries, options, tally, cancel), cancel));
    }

    private async Task<ImportResult> RunAsync(IEnumerable<ImportEntry> entries, ImportOptions options, ImportTally tally, CancellationToken cancel)
    {
        var capacity = Math.Max(options.BatchSize * 2, 64);
        var items = Channel.CreateBounded<ImportItem>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        var extracted = Channel.CreateBounded<(ImportItem Item, ReportExtraction Extraction)>(new BoundedChannelOptions(capacity) { SingleReader = true });
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var token = failed.Token;

        var reading = Task.Run(() => ImportReading.ReadAsync(entries, options.Format, items.Writer, tally, token), token);
        var extracting = Enumerable.Range(0, options.EffectiveWorkers)
            .Select(_ => Task.Run(() => ExtractAsync(items.Reader, extracted.Writer, tally, token), token))
            .ToArray();
        _ = Task.WhenAll(extracting).ContinueWith(t => extracted.Writer.TryComplete(t.Exception), TaskScheduler.Default);
        var writing = Task.Run(() => WriteAsync(extracted.Reader, options.BatchSize, tally, token), token);
        Task[] stages = [reading, writing, .. extracting];

        // A stage that fails (the store refusing to write at all) stops the others, which would
        // otherwise wait forever on a channel nobody reads; the failure, not their cancellation, is thrown.
        foreach (var stage in stages)
        {
            _ = stage.ContinueWith(_ => StopAll(failed), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        try
        {
            await Task.WhenAll(stages).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stages.Select(s => s.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException) is { } cause)
        {
            ExceptionDispatchInfo.Throw(cause);
        }

        return new ImportResult(tally.Snapshot() with { CurrentFile = null }, tally.Refusals());
    }

    private static void StopAll(CancellationTokenSource stages)
    {
        try
        {
            stages.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run already ended: there is nothing left to stop.
        }
    }

    private async Task ExtractAsync(ChannelReader<ImportItem> input, ChannelWriter<(ImportItem, ReportExtraction)> output, ImportTally tally, CancellationToken cancel)
    {
        await foreach (var item in input.ReadAllAsync(cancel).ConfigureAwait(false))
        {
            var submission = item.Submission!;
            ReportExtraction extraction;
            try
            {
                extraction = submission.Source == SourceKind.Coded
                    ? CodedEventReport.Extraction(submission, CameoCodes.Default)
                    : extractor.Extract(submission.Text, submission.Language);
            }
            catch (ArgumentException e)
            {
                tally.Refuse(item.File, item.Place, e.Message);
                continue;
            }

            // Stored under the title an ingested report would get, so both ways in agree.
            var titled = item with { Submission = submission with { Title = ReportTitle.For(submission, extraction) } };
            await output.WriteAsync((titled, extraction), cancel).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(ChannelReader<(ImportItem Item, ReportExtraction Extraction)> input, int batchSize, ImportTally tally, CancellationToken cancel)
    {
        var batch = new List<(ImportItem Item, ReportExtraction Extraction)>(batchSize);
        var age = new Stopwatch();
        while (true)
        {
            var more = input.WaitToReadAsync(cancel).AsTask();
            if (batch.Count > 0 && !more.IsCompleted)
            {
                // A part-filled batch is written when nothing has come for a while, so small imports show progress.
                var remaining = FlushAfter - age.Elapsed;
                if (remaining <= TimeSpan.Zero || await Task.WhenAny(more, Task.Delay(remaining, cancel)).ConfigureAwait(false) != more)
                {
                    Save(batch, tally);
                }
            }

            if (!await more.ConfigureAwait(false))
            {
                break;
            }

            while (batch.Count < batchSize && input.TryRead(out var next))
            {
                if (batch.Count == 0)
                {
                    age.Restart();
                }

                batch.Add(next);
            }

            if (batch.Count >= batchSize)
            {
                Save(batch, tally);
            }
        }

        Save(batch, tally);
    }

    private void Save(List<(ImportItem Item, ReportExtraction Extraction)> batch, ImportTally tally)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var outcomes = store.SaveBatch([.. batch.Select(b => (b.Item.Submission!, b.Extraction))]);
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Saved is { } saved)
            {
                tally.Saved(saved.Created);
            }
            else
            {
                tally.Refuse(batch[i].Item.File, batch[i].Item.Place, outcomes[i].Error ?? "not stored.");
            }
        }

        batch.Clear();
    }
}
