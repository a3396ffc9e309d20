using Graph.Core.Operations;

namespace Graph.Core.Curation;

/// <summary>
/// How link and unlink edits name an operation so the name outlives the store's operation ids (which a
/// relink or a re-import renumbers): a named operation by its normalised name (<c>pangea 16</c>), an
/// unnamed one by the report that first told it (<c>report:</c> and that report's content hash).
/// </summary>
public static class OperationKey
{
    /// <summary>What starts the key of an operation known by one of its reports.</summary>
    public const string ReportPrefix = "report:";

    /// <summary>The key of an operation named in words, or null when the words hold no name.</summary>
    /// <example><code>OperationKey.OfName("Operation Pangea XVI") == "pangea 16"</code></example>
    public static string? OfName(string? name) => OperationName.Parse(name)?.Key;

    /// <summary>The key of an operation known by a report that tells it.</summary>
    public static string OfReport(string contentHash) => ReportPrefix + contentHash;

    /// <summary>The content hash a report key names, or null for a name key.</summary>
    public static string? AnchorReport(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.StartsWith(ReportPrefix, StringComparison.Ordinal) ? key[ReportPrefix.Length..] : null;
    }
}
