using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;
using static Graph.Core.Extraction.Text.WordEndings;

namespace Graph.Core.Extraction.Events;

/// <summary>A body that tells, in its own quoted words, that it led the operation.</summary>
internal sealed partial class RoleReader
{
    private const int MaxOwnWords = 2; // "Our federal police led"
    private const int MaxQuotedObjectReach = 3; // "we coordinated the whole operation"
    private readonly WordSet _firstPerson;
    private readonly WordSet _ownPossessive;
    private readonly WordSet _ownActors;
    private readonly WordSet _quotedObjects;
    private readonly WordSet _quoteSpeech;
    private readonly WordSet _quotedAuxiliaries;

    /// <summary>
    /// '"We led this together with our colleagues," said the director of X', 'X's commissioner told reporters: "Our federal
    /// police led the operation"': a first-person subject inside a quote with a verb of leading and the operation (or "this",
    /// "it") as its object makes the speaker's agency lead, when the words outside the quote name one agency and a verb of
    /// saying. A quote with no lead verb, a lead verb with another object ("we led the talks"), "our partners led" or a
    /// speaker's words naming two agencies are left alone.
    /// </summary>
    private void QuotedOwnLead(SentenceTokens sentence, List<Mention> mentions, HashSet<string> leads)
    {
        if (!_leadVerbs.MayOccurIn(sentence) || mentions.Count == 0)
        {
            return;
        }

        var open = -1;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (IsDoubleQuote(sentence, i))
            {
                open = open < 0 ? i : -1;
            }
            else if (open >= 0 && FirstPersonLeadAt(sentence, mentions, i) && SpeakerOutsideQuote(sentence, mentions, open) is { } speaker)
            {
                leads.Add(speaker);
                return;
            }
        }
    }

    /// <summary>"We led this", "we have jointly coordinated the operation", "Our officers ran it" from the token on.</summary>
    private bool FirstPersonLeadAt(SentenceTokens sentence, List<Mention> mentions, int token)
    {
        var verb = -1;
        if (_firstPerson.Contains(sentence, token))
        {
            verb = PastPartnerOfWe(sentence, mentions, token + 1);
        }
        else if (_ownPossessive.Contains(sentence, token))
        {
            for (var k = token + 1; k <= Math.Min(sentence.Count - 1, token + MaxOwnWords); k++)
            {
                if (_ownActors.Contains(sentence, k))
                {
                    verb = k + 1;
                    break;
                }
            }
        }

        while (verb > 0 && verb < sentence.Count && (_quotedAuxiliaries.Contains(sentence, verb) || EndsWithAny(sentence.Word(verb), _adverbEndings)))
        {
            verb++;
        }

        if (verb <= 0 || verb + 1 >= sentence.Count || !_leadVerbs.Contains(sentence, verb) || _passiveOnly.Contains(sentence, verb))
        {
            return false;
        }

        if (_quotedObjects.Contains(sentence, verb + 1))
        {
            return true;
        }

        for (var k = verb + 1; k <= Math.Min(sentence.Count - 1, verb + MaxQuotedObjectReach); k++)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (_operationNouns.Contains(sentence, k) || _leadObjects.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 28: '"We and the Hellenic Police led this jointly"': a partner joined to "we" by a conjunction is stepped over to
    /// the verb (the partner's own lead is read by the list rules); the token after "we" otherwise.
    /// </summary>
    private int PastPartnerOfWe(SentenceTokens sentence, List<Mention> mentions, int next)
    {
        if (next + 1 >= sentence.Count || !_andOr.Contains(sentence, next))
        {
            return next;
        }

        var first = _the.Contains(sentence, next + 1) ? next + 2 : next + 1;
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency && mention.FirstToken == first)
            {
                return mention.EndToken;
            }
        }

        return next;
    }

    /// <summary>The one agency the words outside the quote opened at <paramref name="open"/> name beside a verb of saying.</summary>
    private string? SpeakerOutsideQuote(SentenceTokens sentence, List<Mention> mentions, int open)
    {
        var close = open + 1;
        while (close < sentence.Count && !IsDoubleQuote(sentence, close))
        {
            close++;
        }

        var said = false;
        for (var k = 0; k < sentence.Count && !said; k++)
        {
            said = (k < open || k > close) && _quoteSpeech.Contains(sentence, k);
        }

        string? speaker = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind != ActorKind.Agency || (mention.EndToken > open && mention.FirstToken <= close))
            {
                continue;
            }

            if (speaker is not null && speaker != mention.ActorId)
            {
                return null;
            }

            speaker = mention.ActorId;
        }

        return said ? speaker : null;
    }

    private static bool IsDoubleQuote(SentenceTokens sentence, int index) =>
        sentence.Word(index) is "\"" or "\u201C" or "\u201D";
}
