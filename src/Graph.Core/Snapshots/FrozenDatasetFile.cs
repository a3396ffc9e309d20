using System.IO.Compression;
using System.Text.Json;
using Graph.Core.Curation;

namespace Graph.Core.Snapshots;

/// <summary>How a <see cref="FrozenDataset"/> is kept: gzip-compressed JSON, written and read by one owner.</summary>
public static class FrozenDatasetFile
{
    /// <summary>The dataset as compressed bytes.</summary>
    public static byte[] Write(FrozenDataset dataset)
    {
        using var output = new MemoryStream();
        using (var zip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(zip, dataset, EditJson.Options);
        }

        return output.ToArray();
    }

    /// <summary>The dataset read back from <see cref="Write"/>'s bytes.</summary>
    public static FrozenDataset Read(byte[] bytes)
    {
        using var zip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<FrozenDataset>(zip, EditJson.Options) ?? throw new FormatException("A snapshot's dataset is empty.");
    }
}
