using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 35: arrests told side by side. A report first counts the arrests of the side that issues it ("Twelve people were
/// detained in the raids"), then, in a sentence of its own, those a body of another country made ("In Ghana, the Narcotics
/// Control Commission arrested three accomplices", "deux complices ont été interpellés à Dakar par la police sénégalaise"): with
/// no total stated, the sides add up (the guidelines). A body of a country is an agency, or a country's demonym or name after a
/// noun of authority ("les autorités sénégalaises", "as autoridades de Angola"). It is another side when it is the arrest's agent
/// (before the sentence's first arrest word in its clause, or after it behind a word of the agent, <c>agent-marker</c>), no body of its country
/// took part before, a body of another country did by the sentence of the first count (the home side: a count told before any
/// national body, "213 arrests in an operation across eleven countries", is the whole operation's, which sides break down),
/// and no earlier sentence that tells arrests names its country (its count may take that side's arrests in).
/// </summary>
internal sealed partial class FigureReader
{
    private const int MaxAgentReach = 12; // "ont été interpellés à leur arrivée à Lomé par la police togolaise": the words between the arrest word and its agent
    private const int MaxAuthorityReach = 3; // "la police royale thaïlandaise", "as autoridades da Tanzânia": the words from the authority noun to the country

    private readonly WordSet _agentMarkers;
    private readonly WordSet _agentArticles;
    private readonly WordSet _authorities;

    /// <summary>
    /// Whether sentence <paramref name="s"/> tells the arrests of another side than those first counted in sentence
    /// <paramref name="firstCounted"/> (see the type's summary).
    /// </summary>
    private bool AnotherSideArrests(ReadOnlySpan<SentenceTokens> sentences, in ArrestSides sides, int s, int firstCounted)
    {
        var sentence = sentences[s];
        if (s >= sides.Count || firstCounted < 0 || firstCounted >= s || sides.Of(s).Count == 0 || !sentence.AllCues.Overlaps(_arrestGate))
        {
            return false;
        }

        var arrest = FirstArrestWord(sentence);
        if (arrest < 0)
        {
            return false;
        }

        foreach (var mention in sides.Of(s))
        {
            if (!mention.TakesNoPart && BodyStart(sentence, mention) is >= 0 and var start && ArrestAgent(sentence, arrest, start, mention.EndToken)
                && sides.CountryOf(mention) is { } country && NewSide(sentences, sides, country, s, firstCounted)
                && !NamedWithArrests(sentences, sides, country, s))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the body a mention names starts: an agency's own name, or the noun of authority before a country's name or demonym
    /// ("les autorités espagnoles", "la police royale thaïlandaise"); -1 when the mention names no body.
    /// </summary>
    private int BodyStart(SentenceTokens sentence, Mention mention)
    {
        if (mention.Kind == ActorKind.Agency)
        {
            return mention.FirstToken;
        }

        for (var k = mention.FirstToken - 1; k >= Math.Max(0, mention.FirstToken - MaxAuthorityReach); k--)
        {
            if (_authorities.Contains(sentence, k))
            {
                return k;
            }

            if (sentence.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: false })
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The first arrest word of the sentence that is not denied, or -1.</summary>
    private int FirstArrestWord(SentenceTokens sentence)
    {
        for (var k = 0; k < sentence.Count; k++)
        {
            if (IsArrestWord(sentence, k) && !Denied(sentence, k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the body from <paramref name="start"/> to <paramref name="end"/> is the agent of the arrest word at
    /// <paramref name="arrest"/>: before it in its clause (no semicolon between), or at most <see cref="MaxAgentReach"/> words
    /// after it behind a word of the agent.
    /// </summary>
    private bool ArrestAgent(SentenceTokens sentence, int arrest, int start, int end)
    {
        if (end <= arrest)
        {
            return NoSemicolon(sentence, end, arrest);
        }

        var by = start - 1;
        by -= by > arrest && _agentArticles.Contains(sentence, by) ? 1 : 0;
        return start - arrest <= MaxAgentReach && by > arrest && _agentMarkers.Contains(sentence, by);
    }

    /// <summary>
    /// Whether <paramref name="country"/> is a new side at sentence <paramref name="s"/>: no body of it took part in an earlier
    /// sentence, and a body of another country did by sentence <paramref name="home"/>.
    /// </summary>
    private bool NewSide(ReadOnlySpan<SentenceTokens> sentences, in ArrestSides sides, string country, int s, int home)
    {
        var homeSide = false;
        for (var t = 0; t < s; t++)
        {
            foreach (var mention in sides.Of(t))
            {
                if (mention.TakesNoPart || sides.CountryOf(mention) is not { } acting || BodyStart(sentences[t], mention) < 0)
                {
                    continue;
                }

                if (country.Equals(acting, StringComparison.Ordinal))
                {
                    return false;
                }

                homeSide |= t <= home;
            }
        }

        return homeSide;
    }

    /// <summary>
    /// Whether a sentence before <paramref name="s"/> that tells arrests names <paramref name="country"/> ("22 detenidos en España y
    /// Brasil", "Police in Albania, Montenegro and Italy have arrested 18 people"): its count may take in that side's arrests.
    /// </summary>
    private bool NamedWithArrests(ReadOnlySpan<SentenceTokens> sentences, in ArrestSides sides, string country, int s)
    {
        for (var t = 0; t < s; t++)
        {
            if (sentences[t].AllCues.Overlaps(_arrestGate) && sides.Names(country, t))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NoSemicolon(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Word(k) is ";")
            {
                return false;
            }
        }

        return true;
    }
}
