using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Metadata;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 34: a body whose own deed is told in the past perfect, with an earlier year in the same clause, acts in another
/// case ("the Border Police had broken up a similar ring in 2023", "la Policía Nacional había investigado en 2024 un
/// fraude", "une enquête distincte menée par la police cantonale avait permis, en 2022, …", "o caso tinha sido alvo de
/// uma operação da PSP em 2023"): the tense puts the deed before the story's time and the year says when, so by that
/// mention the body takes no part. The body is the subject of the auxiliary (right after its name) or stands shortly after
/// it in the same clause (the agent or owner of what the auxiliary tells). A year after "since" runs on to the story's time
/// ("had been watching the port since 2023", "dès 2025"), and a deed done to the story's own operation or leading to it
/// ("had opened the investigation in 2024", "had flagged the transfers in 2024, which led to the investigation": a definite
/// article or "this" before an operation noun) is a part in it, so neither is read.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int EarlierDeedReach = 12; // "qu'en 2022, une enquête distincte menée par la police cantonale zurichoise avait": the year to the auxiliary
    private const int SinceReach = 3; // "desde enero de 2023", "since early 2023": "since" up to three words before the year
    private readonly WordSet _pastPerfect = knowledge.Words(KnowledgeList.PastPerfect);
    private readonly WordSet _since = knowledge.Words(KnowledgeList.TimeSince);
    private readonly WordSet _timeRelatives = knowledge.Words(KnowledgeList.TimeRelative);
    private const int TimeClauseReach = 3; // "when Spain's Guardia Civil": the relative word to the body

    /// <summary>Clears the flags of the agencies whose deed the sentence tells in the past perfect with an earlier year (see the type's summary).</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="mentions">Its mentions, in reading order.</param>
    /// <param name="reportYear">The report's year; without it nothing is cleared.</param>
    /// <param name="reportMonth">The report's month: a month less than a year before the report's is this story's time.</param>
    /// <param name="acts">The flags <see cref="Read"/> filled, in the order of <paramref name="mentions"/>.</param>
    public void ClearEarlierDeeds(SentenceTokens sentence, List<Mention> mentions, int? reportYear, int? reportMonth, List<bool> acts)
    {
        if (reportYear is null)
        {
            return;
        }

        var years = sentence.HasFourDigitNumber;
        for (var m = 0; m < mentions.Count; m++)
        {
            if (!acts[m] || mentions[m].Kind != ActorKind.Agency)
            {
                continue;
            }

            if (years && OwnPastPerfect(sentence, mentions, m) is >= 0 and var auxiliary
                && EarlierYearNear(sentence, auxiliary, reportYear, reportMonth) is >= 0 and var year && !ThisOperationAfter(sentence, auxiliary, year))
            {
                acts[m] = false;
            }
            else if (InAnEarlierTimeClause(sentence, mentions[m].FirstToken, reportYear, reportMonth))
            {
                acts[m] = false;
            }
        }
    }

    /// <summary>
    /// "The haul is the largest since 2023, when the Revenue Authority found 300 kilograms …", "follows one in March, when the
    /// Coast Guard stopped …": a body shortly after a time-relative word ("when", "cuando") that follows a comma and an
    /// earlier year, or an English month name other than the report's with no year after it, acts at that time. Not when the
    /// time dates the start of the story's own operation ("The investigation began in 2023, when …": a definite article or
    /// "this" before an operation noun ahead of it).
    /// </summary>
    private bool InAnEarlierTimeClause(SentenceTokens sentence, int first, int? reportYear, int? reportMonth)
    {
        var tokens = sentence.Tokens;
        for (var k = first - 1; k >= Math.Max(2, first - TimeClauseReach); k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (!_timeRelatives.Contains(sentence, k))
            {
                continue;
            }

            var time = k - 2;
            var earlier = sentence.Word(k - 1) is ","
                && ((IsEarlierYear(sentence, time, reportYear) && !WithinYearBefore(sentence, time, reportYear, reportMonth))
                    || (MonthNames.Number(sentence.Word(time)) is > 0 and var month && month != reportMonth && reportMonth is not null));
            return earlier && !DefiniteOperationBetween(sentence, 1, time);
        }

        return false;
    }

    /// <summary>
    /// The past-perfect auxiliary whose deed the mention's body does: right after its list, bracket and own demonym, past at
    /// most one adverb ("ya había", "had already" reads "had" first), or shortly before it in the same clause; -1 when none.
    /// </summary>
    private int OwnPastPerfect(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var position = SkipBracket(sentence, ListEnd(sentence, mentions, m));
        for (var qualifiers = 0; qualifiers < 2 && OwnDemonymAt(sentence, mentions, m, position) is var after && after > position; qualifiers++)
        {
            position = SkipBracket(sentence, after);
        }

        for (var k = position; k < Math.Min(sentence.Count, position + 2) && sentence.Tokens[k].Kind == TokenKind.Word && !sentence.Tokens[k].IsCapitalized; k++)
        {
            if (_pastPerfect.Contains(sentence, k))
            {
                return k;
            }
        }

        var tokens = sentence.Tokens;
        for (var k = mentions[m].FirstToken - 1; k >= Math.Max(0, mentions[m].FirstToken - AgentReach - 2); k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            if (_pastPerfect.Contains(sentence, k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>An earlier year, not after "since", within reach of the auxiliary and with no colon or semicolon between; -1 when none.</summary>
    private int EarlierYearNear(SentenceTokens sentence, int auxiliary, int? reportYear, int? reportMonth)
    {
        var (from, to) = (Math.Max(0, auxiliary - EarlierDeedReach), Math.Min(sentence.Count, auxiliary + EarlierDeedReach + 1));
        for (var k = from; k < to; k++)
        {
            if (IsEarlierYear(sentence, k, reportYear) && !WithinYearBefore(sentence, k, reportYear, reportMonth) && !AfterSince(sentence, k)
                && !ClauseBreakBetween(sentence, Math.Min(k, auxiliary), Math.Max(k, auxiliary)))
            {
                return k;
            }
        }

        return -1;
    }

    private bool AfterSince(SentenceTokens sentence, int year)
    {
        for (var k = year - 1; k >= Math.Max(0, year - SinceReach); k--)
        {
            if (_since.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClauseBreakBetween(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Word(k) is ";" or ":")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the deed is done to the story's own operation or leads to it: "the", "la" or "this" before an operation noun
    /// after the auxiliary or the year, whichever comes first ("had opened the investigation in 2024", "avait transmis en 2024
    /// des déclarations qui ont permis d'ouvrir l'enquête": the earlier deed started this case).
    /// </summary>
    private bool ThisOperationAfter(SentenceTokens sentence, int auxiliary, int year) =>
        DefiniteOperationBetween(sentence, Math.Min(auxiliary, year) + 1, sentence.Count);

    /// <summary>Whether "the", "la" or "this" before an operation noun stands between two positions (the noun at or after <paramref name="from"/>, which is at least 1).</summary>
    private bool DefiniteOperationBetween(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_operationNouns.Contains(sentence, k)
                && (_the.Contains(sentence, k - 1) || _agentArticles.Contains(sentence, k - 1) || _thisDeterminers.Contains(sentence, k - 1)))
            {
                return true;
            }
        }

        return false;
    }
}
