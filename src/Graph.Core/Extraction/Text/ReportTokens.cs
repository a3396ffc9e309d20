using Graph.Core.Model;

namespace Graph.Core.Extraction.Text;

/// <summary>
/// The tokens of a whole report, their cue bits and word ids, in buffers reused by the next report on the
/// same thread: extraction then allocates nothing per token, and nothing per sentence once a report as long
/// has been read on the thread.
/// </summary>
internal sealed class ReportTokens
{
    // Buffers this large are let go after the report rather than kept for the next one.
    private const int MaxKeptTokens = 1 << 20;
    private const int MaxKeptSentences = 1 << 16;

    [ThreadStatic]
    private static ReportTokens? _spare;

    private readonly TokenBuffer _tokens = new(1024);
    private CueBits[] _cues = [];
    private int[] _ids = [];
    private (int First, int Count, CueBits Cues)[] _bounds = new (int, int, CueBits)[64];

    // Sentence objects kept for the next report's sentences, and the list a report reads them from: a new
    // object and list for each were a tenth of what extraction allocated (1.0 of 10.2 bytes per input byte, en dev).
    private readonly List<SentenceTokens> _kept = [];
    private readonly List<SentenceTokens> _sentences = [];

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
        if (report._bounds.Length < sentenceSpans.Count)
        {
            report._bounds = new (int, int, CueBits)[Math.Max(sentenceSpans.Count, report._bounds.Length * 2)];
        }

        var bounds = report._bounds;
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

        sentences = report._sentences;
        sentences.Clear();
        var kept = report._kept;
        for (var s = 0; s < sentenceSpans.Count; s++)
        {
            var (first, count, sentenceCues) = bounds[s];
            if (s < kept.Count)
            {
                kept[s].Reuse(text, report._tokens.Items, report._cues, report._ids, sentenceSpans[s], first, count, sentenceCues);
            }
            else
            {
                kept.Add(new SentenceTokens(text, report._tokens.Items, report._cues, report._ids, sentenceSpans[s], first, count, sentenceCues));
            }

            sentences.Add(kept[s]);
        }

        return report;
    }

    /// <summary>Hands the buffers to the next report on this thread; no sentence of this one may be used after.</summary>
    public void Release()
    {
        if (_tokens.Items.Length <= MaxKeptTokens && _kept.Count <= MaxKeptSentences)
        {
            _spare = this;
        }
    }
}
