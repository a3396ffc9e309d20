using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 31: a body named only as the issuer of a wanted-person notice ("an Interpol red notice has been requested",
/// "wanted under INTERPOL Red Notices", "a difusão vermelha da Interpol") or as the channel of a request ("asked the German
/// authorities, through INTERPOL, to help", "pediu colaboração às autoridades filipinas através da INTERPOL") does nothing
/// in the operation by that mention: a notice is issued for someone not caught, and a request is not yet help. Help that
/// went through a channel ("traced through INTERPOL", "passed on through INTERPOL channels", "at the request of …, through
/// Europol") is no request of the clause's own verb, and keeps the body's part.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int NoticeNameReach = 3; // "INTERPOL's Red Notice", "Interpol Red Notices": capitalised words before the notice
    private const int NoticeBeforeReach = 3; // "o sistema de difusão vermelha da Interpol"
    private const int ChannelAskReach = 12; // "solicitó a la Policía Boliviana, a través de", "asked the German authorities, through"

    /// <summary>Whether the body is named as a notice's issuer or a request's channel (see the type's summary).</summary>
    private bool NamedAsChannel(SentenceTokens sentence, Mention mention)
    {
        var cues = sentence.AllCues;
        return (cues.Overlaps(_wantedNotices.Gate) && (NoticeAfter(sentence, mention.EndToken) || NoticeBefore(sentence, mention.FirstToken)))
            || (cues.Overlaps(_channelVia.Gate) && _channelVia.EndsAt(sentence, mention.FirstToken) && AskedBefore(sentence, mention.FirstToken));
    }

    /// <summary>"an Interpol red notice", "INTERPOL's Red Notices": the notice right after the body.</summary>
    private bool NoticeAfter(SentenceTokens sentence, int end)
    {
        var k = end < sentence.Count && IsPossessive(sentence.Word(end)) ? end + 1 : end;
        for (var limit = Math.Min(sentence.Count, k + NoticeNameReach); k < limit; k++)
        {
            if (_wantedNotices.MatchAt(sentence, k) > 0)
            {
                return true;
            }

            if (sentence.Tokens[k].Kind != TokenKind.Word || !sentence.Tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"la notificación roja de Interpol", "a difusão vermelha da Interpol": the notice, then a linking word and the body.</summary>
    private bool NoticeBefore(SentenceTokens sentence, int first)
    {
        var linker = BeforeArticle(sentence, first);
        if (linker < 1 || !IsLinker(sentence, linker))
        {
            return false;
        }

        for (var k = linker; k >= Math.Max(1, linker - NoticeBeforeReach); k--)
        {
            if (_wantedNotices.EndsAt(sentence, k))
            {
                return true;
            }

            if (sentence.Tokens[k - 1].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a verb of asking stands shortly before the body, in its clause (commas may stand between: the asked party's name).</summary>
    private bool AskedBefore(SentenceTokens sentence, int first)
    {
        for (var k = first - 1; k >= Math.Max(1, first - ChannelAskReach); k--)
        {
            if (_channelAsks.EndsAt(sentence, k))
            {
                return true;
            }

            if (sentence.Tokens[k - 1].Kind == TokenKind.Punctuation && sentence.Word(k - 1) is not ",")
            {
                return false;
            }
        }

        return false;
    }
}
