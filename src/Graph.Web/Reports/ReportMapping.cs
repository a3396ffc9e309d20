using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Core.Vocabulary;
using Graph.Web.Actors;

namespace Graph.Web.Reports;

/// <summary>Mapping from domain and store types to the wire.</summary>
public static class ReportMapping
{
    public static ReportListItem ToListItem(this ReportSummary r) => new(r.Id, r.Title, r.Url, IsoDate.Format(r.Date), r.Source.Name(), r.Language);

    public static IngestResponse ToResponse(this ReportExtraction e, SaveResult saved, DateOnly? date) => new(
        saved.ReportId,
        saved.Created,
        IsoDate.Format(date ?? e.Date),
        [.. e.Actors.Select(ActorMapping.ToDto)],
        [.. e.Events.Select(v => new ExtractedEventDto(v.Name, v.CrimeArea, [.. v.LeadIds], [.. v.ParticipantIds], v.Figures))],
        e.Language);

    public static ReportDetail ToDetail(this StoredReport r) => new(
        r.Summary.Id,
        r.Summary.Title,
        r.Summary.Url,
        IsoDate.Format(r.Summary.Date),
        r.Text,
        r.Summary.Language,
        [.. r.Actors.Select(ActorMapping.ToDto)],
        [.. r.Events.Select(e => new StoredEventDto(e.Id, e.Name, e.CrimeArea, e.Figures,
            [.. e.Participants.Select(p => new ParticipationDto(p.ActorId, RoleNames.Of(p.Role), p.Sentence, p.SentenceSpan.Start, p.SentenceSpan.End))]))]);
}
