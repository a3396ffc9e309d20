using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Core.Snapshots;

/// <summary>The versions a snapshot's manifest states: of the software, and of the extraction (code and knowledge).</summary>
public static class Versions
{
    private static readonly Assembly Core = typeof(Versions).Assembly;
    private static readonly Lazy<string> ExtractionText = new(ReadExtraction);

    /// <summary>Graph's version, as the build stamped it (with the commit when the build knew it).</summary>
    public static string Software { get; } =
        Core.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? Core.GetName().Version?.ToString() ?? "unknown";

    /// <summary>
    /// The extraction's version: the software version plus a SHA-256 over every knowledge file the
    /// extractor reads, so a changed gazetteer or cue list is a new extraction version even in the same build.
    /// </summary>
    public static string Extraction => ExtractionText.Value;

    private static string ReadExtraction()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in Core.GetManifestResourceNames().Where(n => n.StartsWith("knowledge/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = Core.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            hash.AppendData(copy.ToArray());
        }

        return $"{Software} knowledge {Convert.ToHexStringLower(hash.GetHashAndReset())[..16]}";
    }
}
