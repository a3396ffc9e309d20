using Graph.Core.Model;

namespace Graph.Core.Extraction.Text;

/// <summary>
/// The tokens of a whole report, their cue bits and word ids, in buffers reused by the next report on the
/// same thread: extraction then allocates nothing per token.
/// </summary>
internal sealed class ReportTokens
{
    // Buffers this large are let go after the report rather than kept for the next one.
    private const int MaxKeptTokens = 1 << 20;

    [ThreadStatic]
    private static ReportTokens? _spare;

    private readonly TokenBuffer _tokens = new(1024);
    private ulong[] _cues = [];
    private int[] _ids = [];

    private ReportTokens()
    {
    }

    /// <summary>Tokenizes the sentences of a report and classifies every token once.</summary>
    public static ReportTokens Read(string text, List<TextSpan> sentenceSpans, Tokenizer tokenizer, CueVocabulary cues, out List<SentenceTokens> sentences)
    {
        var report = _spare ?? new ReportTokens();
        _spare = null;
        report._tokens.Clear();
        report._tokens.EnsureCapacity(text.Length / 5);
        var bounds = new (int First, int Count, ulong Cues)[sentenceSpans.Count];
        for (var s = 0; s < sentenceSpans.Count; s++)
        {
            // Each sentence is classified right after it is tokenized, while its text is still in cache.
            var first = report._tokens.Count;
            tokenizer.Tokenize(text, sentenceSpans[s].Start, sentenceSpans[s].End, report._tokens);
            var count = report._tokens.Count - first;
            if (report._cues.Length < first + count)
            {
                Array.Resize(ref report._cues, Math.Max(first + count, report._cues.Length * 2));
                Array.Resize(ref report._ids, report._cues.Length);
            }

            var sentenceCues = cues.Classify(text, report._tokens.AsSpan(first, count), report._cues.AsSpan(first, count), report._ids.AsSpan(first, count));
            bounds[s] = (first, count, sentenceCues);
        }

        sentences = new List<SentenceTokens>(sentenceSpans.Count);
        for (var s = 0; s < sentenceSpans.Count; s++)
        {
            sentences.Add(new SentenceTokens(text, report._tokens.Items, report._cues, report._ids, sentenceSpans[s], bounds[s].First, bounds[s].Count, bounds[s].Cues));
        }

        return report;
    }

    /// <summary>Hands the buffers to the next report on this thread; no sentence of this one may be used after.</summary>
    public void Release()
    {
        if (_tokens.Items.Length <= MaxKeptTokens)
        {
            _spare = this;
        }
    }
}
