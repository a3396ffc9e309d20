namespace Graph.Cli.Verbs;

/// <summary>Where an export verb writes: standard output for <c>-</c>, else a file written beside its target and moved into place.</summary>
internal static class OutputFile
{
    public static int Write(string path, Stream standardOutput, TextWriter error, Action<Stream> write, string done)
    {
        if (path == "-")
        {
            write(standardOutput);
            return 0;
        }

        try
        {
            // A failure never leaves half a file under the real name.
            var temporary = path + ".partial";
            using (var file = File.Create(temporary))
            {
                write(file);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Cannot write '{path}': {e.Message}");
            return 1;
        }

        error.WriteLine(done);
        return 0;
    }
}
