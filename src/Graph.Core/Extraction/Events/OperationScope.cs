using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Which operation each sentence is about. A sentence that names an operation is about it; the
/// sentences after it in the same paragraph go on being about it ("The second, Operation Arco Sur
/// III, targeted firearms. It was conducted jointly by …"), and a heading that names an operation
/// ("Migrant smuggling: Operation Kestrel Gate") holds until the next operation is named. Other
/// sentences are about the report's main operation by default only (<c>Scoped</c> false: a headline's
/// "two operations end with 212 arrests" states no one operation's figures). A background sentence that
/// names an operation (an earlier case) is about it alone.
/// </summary>
internal static class OperationScope
{
    /// <param name="sentences">The report's sentences, in order.</param>
    /// <param name="firstNamed">Per sentence, the first operation it names, or null.</param>
    /// <param name="opensScope">Per sentence, whether its operation goes on in the sentences after it: false for
    /// a sentence about another time or case, and for another name of an operation already told.</param>
    /// <param name="main">The report's main operation (or null for an unnamed one).</param>
    public static (string? Operation, bool Scoped)[] Assign(IReadOnlyList<SentenceTokens> sentences, string?[] firstNamed, bool[] opensScope, string? main)
    {
        var about = new (string? Operation, bool Scoped)[sentences.Count];
        string? current = null;
        var heading = false;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (s > 0 && !heading && ParagraphBreakBefore(sentences[s - 1], sentences[s]))
            {
                current = null;
            }

            if (firstNamed[s] is { } name)
            {
                about[s] = (name, true);
                if (opensScope[s])
                {
                    current = name;
                    heading = IsHeading(sentences[s], s + 1 < sentences.Count ? sentences[s + 1] : null);
                }

                continue;
            }

            about[s] = (current ?? main, current is not null);
        }

        return about;
    }

    /// <summary>A blank line between two sentences.</summary>
    public static bool ParagraphBreakBefore(SentenceTokens previous, SentenceTokens sentence)
    {
        var text = sentence.Text;
        var newLines = 0;
        for (var k = previous.Span.Start + previous.Span.Length; k < sentence.Span.Start && k < text.Length; k++)
        {
            if (text[k] == '\n' && ++newLines == 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line of its own with no closing punctuation: a heading.</summary>
    public static bool IsHeading(SentenceTokens sentence, SentenceTokens? next)
    {
        if (sentence.Count == 0 || sentence.Word(sentence.Count - 1) is "." or "!" or "?" or "\"" or "\u201D")
        {
            return false;
        }

        return next is null || ParagraphBreakBefore(sentence, next);
    }
}
