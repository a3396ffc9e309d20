using System.Text.Json.Serialization;
using Graph.Core.Model;
using Graph.Core.Vocabulary;

namespace Graph.Cli.Contract;

/// <summary>One line of the <c>extract</c> verb's NDJSON output (shared/contracts/extraction.md).</summary>
internal sealed record ExtractionRecord(
    string Source,
    string? Date,
    string? Title,
    IReadOnlyList<ActorRecord> Actors,
    IReadOnlyList<EventRecord> Events,
    IReadOnlyList<MentionRecord> Mentions,
    string Language)
{
    public static ExtractionRecord From(string source, ReportExtraction extraction) => new(
        source,
        IsoDate.Format(extraction.Date),
        extraction.Title,
        [.. extraction.Actors.Select(a => new ActorRecord(a.Id, a.Kind == ActorKind.Country ? "country" : "agency", a.Name, a.Aliases, a.CountryCode))],
        [.. extraction.Events.Select(EventRecord.From)],
        [.. extraction.Mentions.Select(m => new MentionRecord(m.ActorId, m.Surface, m.Span.Start, m.Span.End, m.Sentence.Start, m.Sentence.End))],
        extraction.Language);
}

internal sealed record ActorRecord(string Id, string Kind, string Name, IReadOnlyList<string> Aliases, string? CountryCode);

internal sealed record EventRecord(
    string? Name,
    string? CrimeArea,
    IReadOnlyList<string> LeadIds,
    IReadOnlyList<string> ParticipantIds,
    IReadOnlyDictionary<string, int> Figures,
    IReadOnlyList<EvidenceRecord> Evidence)
{
    public static EventRecord From(CooperationEvent e) => new(
        e.Name,
        e.CrimeArea,
        [.. e.LeadIds],
        [.. e.ParticipantIds],
        e.Figures,
        [.. e.Participants.Select(p => new EvidenceRecord(p.ActorId, RoleNames.Of(p.Role), p.Evidence.Start, p.Evidence.End))]);
}

internal sealed record EvidenceRecord(string ActorId, string Role, int SentenceStart, int SentenceEnd);

internal sealed record MentionRecord(string ActorId, string Surface, int Start, int End, int SentenceStart, int SentenceEnd);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ExtractionRecord))]
internal sealed partial class ContractJson : JsonSerializerContext;
