using Graph.Core.Export;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Core.Vocabulary;

namespace Graph.Web.Actors;

/// <summary>Mapping from actors and their evidence to the wire.</summary>
public static class ActorMapping
{
    /// <summary>An actor as the API lists it.</summary>
    public static ActorDto ToDto(this Actor a) => new(a.Id, ExportNames.Of(a.Kind), a.Name, a.CountryCode, a.Aliases);

    /// <summary>An actor with the reports that name it and the sentences that do.</summary>
    public static NodeDetail ToDetail(this Actor actor, IEnumerable<ActorEvidence> evidence) => new(
        actor.Id, actor.Name, ExportNames.Of(actor.Kind), actor.CountryCode, actor.Aliases,
        [.. evidence.Select(e => new NodeReport(e.Report.Id, e.Report.Title, IsoDate.Format(e.Report.Date), e.Report.Url, e.Sentences, e.Report.Language))]);
}
