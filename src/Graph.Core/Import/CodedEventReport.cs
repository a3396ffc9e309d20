using System.Globalization;
using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Import;

/// <summary>
/// A coded event as a report: a one-line text that says who coded what (there is no sentence to
/// quote), and the extraction that text stands for, built from the codes rather than read from prose.
/// </summary>
internal static class CodedEventReport
{
    public static ReportSubmission Submission(CodedEvent coded, CameoCodes codes)
    {
        var (name1, name2) = (codes.CountryName(coded.Country1), codes.CountryName(coded.Country2));
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Coded by {CodedEvent.Coder} (event {coded.GlobalEventId}): {name1} and {name2}, {coded.EventLabel} (CAMEO {coded.EventCode}), " +
            $"{coded.Date:yyyy-MM-dd}; quad class {coded.QuadClass}, Goldstein {coded.GoldsteinScale:0.0#}, {coded.NumMentions} mentions.");
        var title = $"{name1} – {name2}: {coded.EventLabel} (CAMEO {coded.EventCode})";
        return new ReportSubmission(text, title, coded.SourceUrl, coded.Date, coded);
    }

    /// <summary>The two countries, their mentions in the line, and one event with both as participants.</summary>
    public static ReportExtraction Extraction(ReportSubmission submission, CameoCodes codes)
    {
        var coded = submission.Coded ?? throw new ArgumentException("Not a coded event.", nameof(submission));
        var text = submission.Text;
        var whole = new TextSpan(0, text.Length);
        var actors = new List<Actor>();
        var mentions = new List<ActorMention>();
        foreach (var code in new[] { coded.Country1, coded.Country2 })
        {
            var name = codes.CountryName(code);
            var actor = new Actor(Actor.CountryId(code), ActorKind.Country, name, code, []);
            actors.Add(actor);
            var at = text.IndexOf(name, StringComparison.Ordinal);
            mentions.Add(new ActorMention(actor.Id, name, new TextSpan(Math.Max(at, 0), at < 0 ? 0 : name.Length), whole));
        }

        var cooperation = new CooperationEvent(null, null,
            [.. actors.Select(a => new Participation(a.Id, ParticipantRole.Participant, whole))], new Dictionary<string, int>());
        return new ReportExtraction(submission.Date, submission.Title, actors, mentions, [cooperation]);
    }
}
