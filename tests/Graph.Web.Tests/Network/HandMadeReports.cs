using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Web.Tests.Network;

/// <summary>
/// Writes reports through the app's real store from hand-made extractions, so the network tests
/// know exactly which events exist and do not depend on the extractor's wording.
/// </summary>
internal static class HandMadeReports
{
    /// <summary>Saves a report of <paramref name="sentences"/>; each participant quotes one sentence by index.</summary>
    public static long Save(this GraphApplication app, string title, DateOnly? date, string? operation, string? crimeArea,
        string[] sentences, params (string Actor, ParticipantRole Role, int Sentence)[] participants)
    {
        var text = string.Join(" ", sentences);
        var spans = new List<TextSpan>();
        var at = 0;
        foreach (var sentence in sentences)
        {
            spans.Add(new TextSpan(at, sentence.Length));
            at += sentence.Length + 1;
        }

        var actors = participants.Select(p => p.Actor).Distinct().Select(ActorFor).ToArray();
        var mentions = participants.Select(p => new ActorMention(p.Actor, ActorFor(p.Actor).Name, spans[p.Sentence], spans[p.Sentence])).ToArray();
        var participations = participants.Select(p => new Participation(p.Actor, p.Role, spans[p.Sentence])).ToArray();
        var cooperation = new CooperationEvent(operation, crimeArea, participations, new Dictionary<string, int>());
        var extraction = new ReportExtraction(date, title, actors, mentions, [cooperation]);
        var submission = new ReportSubmission(text, title, "https://example.org/" + Uri.EscapeDataString(title), date);
        return app.Store.Save(submission, extraction).ReportId;
    }

    private static Actor ActorFor(string id) => id switch
    {
        "country:ES" => new Actor(id, ActorKind.Country, "Spain", "ES", []),
        "country:FR" => new Actor(id, ActorKind.Country, "France", "FR", []),
        "country:PT" => new Actor(id, ActorKind.Country, "Portugal", "PT", []),
        "agency:europol" => new Actor(id, ActorKind.Agency, "Europol", null, []),
        "agency:spain-national-police" => new Actor(id, ActorKind.Agency, "Spanish National Police", "ES", []),
        _ when id.StartsWith("country:", StringComparison.Ordinal) => new Actor(id, ActorKind.Country, id[8..], id[8..], []),
        _ => throw new ArgumentException($"No test actor {id}.", nameof(id)),
    };
}
