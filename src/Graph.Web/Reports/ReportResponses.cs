using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Web.Reports;

/// <summary>A stored report in a list; source is <c>report</c> (extracted) or <c>coded</c> (a coded event such as GDELT's).</summary>
public sealed record ReportListItem(long Id, string Title, string? Url, string? Date, string Source);

/// <summary>An actor as the API shows it.</summary>
public sealed record ActorDto(string Id, string Kind, string Name, string? CountryCode, IReadOnlyList<string> Aliases);

/// <summary>What a POST stored and extracted.</summary>
public sealed record IngestResponse(long Id, bool Created, string? Date, IReadOnlyList<ActorDto> Actors, IReadOnlyList<ExtractedEventDto> Events);

/// <summary>An extracted event.</summary>
public sealed record ExtractedEventDto(string? Name, string? CrimeArea, IReadOnlyList<string> LeadIds, IReadOnlyList<string> ParticipantIds, IReadOnlyDictionary<string, int> Figures);

/// <summary>A stored report with its text, actors and events.</summary>
public sealed record ReportDetail(long Id, string Title, string? Url, string? Date, string Text, IReadOnlyList<ActorDto> Actors, IReadOnlyList<StoredEventDto> Events);

/// <summary>A stored event with each participant's evidence.</summary>
public sealed record StoredEventDto(long Id, string? Name, string? CrimeArea, IReadOnlyDictionary<string, int> Figures, IReadOnlyList<ParticipationDto> Participants);

/// <summary>An actor's part in an event and the sentence that says so.</summary>
public sealed record ParticipationDto(string ActorId, string Role, string Sentence, int SentenceStart, int SentenceEnd);

/// <summary>Mapping from domain and store types to the wire.</summary>
public static class ReportMapping
{
    public static string? ToIso(this DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string KindName(this ActorKind kind) => kind == ActorKind.Country ? "country" : "agency";

    public static ActorDto ToDto(this Actor a) => new(a.Id, a.Kind.KindName(), a.Name, a.CountryCode, a.Aliases);

    public static ReportListItem ToListItem(this ReportSummary r) => new(r.Id, r.Title, r.Url, r.Date.ToIso(), r.Source.Name());

    public static IngestResponse ToResponse(this ReportExtraction e, SaveResult saved, DateOnly? date) => new(
        saved.ReportId,
        saved.Created,
        (date ?? e.Date).ToIso(),
        [.. e.Actors.Select(ToDto)],
        [.. e.Events.Select(v => new ExtractedEventDto(v.Name, v.CrimeArea, [.. v.LeadIds], [.. v.ParticipantIds], v.Figures))]);

    public static ReportDetail ToDetail(this StoredReport r) => new(
        r.Summary.Id,
        r.Summary.Title,
        r.Summary.Url,
        r.Summary.Date.ToIso(),
        r.Text,
        [.. r.Actors.Select(ToDto)],
        [.. r.Events.Select(e => new StoredEventDto(e.Id, e.Name, e.CrimeArea, e.Figures,
            [.. e.Participants.Select(p => new ParticipationDto(p.ActorId, p.Role == ParticipantRole.Lead ? "lead" : "participant", p.Sentence, p.SentenceSpan.Start, p.SentenceSpan.End))]))]);
}
