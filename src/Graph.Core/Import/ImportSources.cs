using System.IO.Compression;

namespace Graph.Core.Import;

/// <summary>
/// Turns the paths a user gives (files, folders, <c>.zip</c> archives) into the files to read, in a
/// stable order. Archives are checked from their directory before anything is inflated: too many
/// entries or too many bytes refuse the archive; an entry named with <c>..</c> or an absolute path is
/// refused alone. Nothing is ever extracted to disk.
/// </summary>
public static class ImportSources
{
    /// <summary>Total size on disk of the paths, for progress.</summary>
    public static long TotalBytes(IEnumerable<string> paths) =>
        paths.Sum(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)
            : File.Exists(p) ? new FileInfo(p).Length : 0);

    /// <summary>The files to read. A path that does not exist becomes a refused entry.</summary>
    /// <param name="paths">Files, folders (read recursively) and archives.</param>
    /// <param name="limits">Archive bounds.</param>
    /// <param name="onRead">Told how many bytes of the input files have been read, as they are.</param>
    public static IEnumerable<ImportEntry> Expand(IEnumerable<string> paths, ImportLimits limits, Action<long>? onRead = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(limits);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    foreach (var entry in FromFile(file, named: false, limits, onRead))
                    {
                        yield return entry;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var entry in FromFile(path, named: true, limits, onRead))
                {
                    yield return entry;
                }
            }
            else
            {
                yield return new ImportEntry(path, () => Stream.Null, "no such file or folder.");
            }
        }
    }

    private static IEnumerable<ImportEntry> FromFile(string file, bool named, ImportLimits limits, Action<long>? onRead)
    {
        Stream Open() => new BoundedReadStream(File.OpenRead(file), long.MaxValue, file, onRead);
        if (!IsArchive(file))
        {
            return [new ImportEntry(file, Open, Named: named)];
        }

        // ZipArchive needs to seek, so an archive is opened as a plain file and its progress counted per entry.
        return FromArchive(file, () => File.OpenRead(file), limits, depth: 0, onRead);
    }

    private static IEnumerable<ImportEntry> FromArchive(string name, Func<Stream> open, ImportLimits limits, int depth, Action<long>? onRead)
    {
        ZipArchive archive;
        string? refusal = null;
        try
        {
            archive = new ZipArchive(open(), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            archive = null!;
            refusal = "not a readable zip archive: " + e.Message;
        }

        if (refusal is not null)
        {
            yield return new ImportEntry(name, () => Stream.Null, refusal);
            yield break;
        }

        using (archive)
        {
            if (ArchiveRefusal(archive, limits) is { } tooLarge)
            {
                yield return new ImportEntry(name, () => Stream.Null, tooLarge);
                yield break;
            }

            foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var entryName = name + "/" + entry.FullName;
                if (UnsafeName(entry.FullName) is { } unsafeName)
                {
                    yield return new ImportEntry(entryName, () => Stream.Null, unsafeName);
                }
                else if (IsArchive(entry.FullName) && depth == 0)
                {
                    if (entry.Length > limits.MaxNestedArchiveBytes)
                    {
                        yield return new ImportEntry(entryName, () => Stream.Null, $"an archive inside the archive larger than {limits.MaxNestedArchiveBytes:N0} bytes is refused.");
                        continue;
                    }

                    var zipEntry = entry;
                    onRead?.Invoke(zipEntry.CompressedLength);
                    foreach (var nested in FromArchive(entryName, () => InMemory(zipEntry, entryName), limits, depth + 1, null))
                    {
                        yield return nested;
                    }
                }
                else
                {
                    var zipEntry = entry;
                    yield return new ImportEntry(entryName, () =>
                    {
                        onRead?.Invoke(zipEntry.CompressedLength);
                        return new BoundedReadStream(zipEntry.Open(), zipEntry.Length, entryName);
                    }, Named: false);
                }
            }
        }
    }

    private static MemoryStream InMemory(ZipArchiveEntry entry, string name)
    {
        var memory = new MemoryStream();
        using (var inflated = new BoundedReadStream(entry.Open(), entry.Length, name))
        {
            inflated.CopyTo(memory);
        }

        memory.Position = 0;
        return memory;
    }

    private static string? ArchiveRefusal(ZipArchive archive, ImportLimits limits)
    {
        if (archive.Entries.Count > limits.MaxArchiveEntries)
        {
            return $"the archive holds {archive.Entries.Count:N0} entries; at most {limits.MaxArchiveEntries:N0} are allowed.";
        }

        var total = archive.Entries.Sum(e => e.Length);
        return total > limits.MaxUncompressedBytes
            ? $"the archive inflates to {total:N0} bytes; at most {limits.MaxUncompressedBytes:N0} are allowed."
            : null;
    }

    /// <summary>Why an archive entry's name is refused: it climbs out with <c>..</c> or is absolute.</summary>
    internal static string? UnsafeName(string entryName)
    {
        var unified = entryName.Replace('\\', '/');
        if (unified.StartsWith('/') || (unified.Length >= 2 && unified[1] == ':'))
        {
            return $"the archive entry '{entryName}' has an absolute path, which is refused.";
        }

        return unified.Split('/').Contains("..")
            ? $"the archive entry '{entryName}' climbs out of the archive with '..', which is refused."
            : null;
    }

    private static bool IsArchive(string name) => name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
}
