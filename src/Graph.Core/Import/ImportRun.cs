namespace Graph.Core.Import;

/// <summary>An import under way: its progress can be read at any time, and it completes with its result.</summary>
public sealed class ImportRun
{
    private readonly ImportTally _tally;

    internal ImportRun(ImportTally tally, Task<ImportResult> completion) => (_tally, Completion) = (tally, completion);

    /// <summary>Counts so far.</summary>
    public ImportProgress Progress => _tally.Snapshot();

    /// <summary>Refusals so far, each with its file, place and reason.</summary>
    public IReadOnlyList<ImportRefusal> Refusals => _tally.Refusals();

    /// <summary>Completes with the final counts and refusals; faults if the store itself failed.</summary>
    public Task<ImportResult> Completion { get; }
}
