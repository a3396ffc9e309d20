using CsCheck;
using Graph.Core.Extraction;

namespace Graph.Reliability.Tests.Properties;

/// <summary>The extractor reads any text without failing, and every span it returns lies inside the text.</summary>
public sealed class ExtractorProperties
{
    [Fact]
    public void AnyTextIsExtractedWithSpansInsideIt()
    {
        Inputs.Text.Sample(text =>
        {
            var extraction = ReportExtractor.Default.Extract(text);

            foreach (var mention in extraction.Mentions)
            {
                Assert.InRange(mention.Span.Start, 0, text.Length);
                Assert.InRange(mention.Span.Start + mention.Span.Length, mention.Span.Start, text.Length);
                Assert.InRange(mention.Sentence.Start + mention.Sentence.Length, 0, text.Length);
                Assert.Contains(extraction.Actors, a => a.Id == mention.ActorId);
            }

            foreach (var participant in extraction.Events.SelectMany(e => e.Participants))
            {
                Assert.InRange(participant.Evidence.Start + participant.Evidence.Length, 0, text.Length);
                Assert.Contains(extraction.Actors, a => a.Id == participant.ActorId);
            }
        }, iter: 5000);
    }
}
