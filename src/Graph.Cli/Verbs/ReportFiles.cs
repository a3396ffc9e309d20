using System.Text;

namespace Graph.Cli.Verbs;

/// <summary>Expands the paths given on the command line into report files and reads them strictly.</summary>
internal static class ReportFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Files as given, folders as their *.txt files in name order.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                throw new CliException($"no such file or folder: {path}");
            }
        }
    }

    /// <summary>The file's text; invalid UTF-8 or binary content is an error, not a guess.</summary>
    public static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new CliException($"{path}: not valid UTF-8 text");
        }

        if (text.Contains('\0'))
        {
            throw new CliException($"{path}: binary content (NUL bytes), not a text report");
        }

        return text.TrimStart('\uFEFF');
    }
}
