using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Core.Curation;

/// <summary>How an edit's body is written in the store and in snapshots: camel case, kinds and roles by name, unset members left out.</summary>
public static class EditJson
{
    /// <summary>The serializer options for <see cref="CurationEdit"/> and <see cref="StoredEdit"/>.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The edit as JSON.</summary>
    public static string Write(CurationEdit edit) => JsonSerializer.Serialize(edit, Options);

    /// <summary>An edit read back from JSON.</summary>
    public static CurationEdit Read(string json) =>
        JsonSerializer.Deserialize<CurationEdit>(json, Options) ?? throw new FormatException("An edit's body is empty.");
}
