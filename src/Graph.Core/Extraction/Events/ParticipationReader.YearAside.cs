using Graph.Core.Extraction.Metadata;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 28: an earlier year set off by commas before the sentence's first actor dates the whole sentence, wherever the
/// aside stands ("En una operación anterior, en 2024, la Policía Nacional Civil de Guatemala había detenido …", "Recorde-se
/// que, em 2024, a GNR desmantelou …", "En abril de 2024, la Guardia Costera …"): the sentence tells another time, as an
/// earlier year among its first words does. The year must close its aside with a comma and open it after a comma or the
/// sentence's start, with only a place preposition and a month (and "de") before it, so a year inside the running clause
/// ("La investigación comenzó en 2024, cuando la Policía …") still dates only a part.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int YearAsideReach = 3; // "en abril de 2024": the preposition, the month and "de" before the year

    /// <summary>Whether an earlier year in a comma-bounded aside stands before the first actor (see the type's summary).</summary>
    private bool EarlierYearAside(SentenceTokens sentence, int firstActor, int? reportYear, int? reportMonth)
    {
        for (var k = YearOpening + 1; k < firstActor && k + 1 < sentence.Count; k++)
        {
            if (sentence.Word(k + 1) is "," && IsEarlierYear(sentence, k, reportYear) && !WithinYearBefore(sentence, k, reportYear, reportMonth)
                && OpensAside(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the year at <paramref name="year"/> follows a place preposition (past a month and "de") that opens the sentence or follows a comma.</summary>
    private bool OpensAside(SentenceTokens sentence, int year)
    {
        var k = year - 1;
        if (k >= 1 && _from.Contains(sentence, k) && MonthNames.Number(sentence.Word(k - 1)) > 0)
        {
            k -= 2; // "abril de", "maio de"
        }
        else if (k >= 0 && MonthNames.Number(sentence.Word(k)) > 0)
        {
            k--; // "avril", "April"
        }

        if (k < 0 || year - k > YearAsideReach + 1 || !_in.Contains(sentence, k))
        {
            return false;
        }

        return k == 0 || sentence.Word(k - 1) is ",";
    }
}
