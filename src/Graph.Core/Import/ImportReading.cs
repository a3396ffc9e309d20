using System.Text;
using System.Threading.Channels;
using System.Xml;

namespace Graph.Core.Import;

/// <summary>
/// The import's first stage: walks the files in order, tells each one's format, and hands its items
/// on. A file whose bytes turn out bad (invalid UTF-8, an entry inflating past its size) is refused
/// from that point; what was read before stands and the other files go on.
/// </summary>
internal static class ImportReading
{
    public static async Task ReadAsync(IEnumerable<ImportEntry> entries, ImportFormat format, ChannelWriter<ImportItem> output, ImportTally tally, CancellationToken cancel)
    {
        try
        {
            foreach (var entry in entries)
            {
                tally.Reading(entry.Name);
                if (entry.Refusal is not null)
                {
                    tally.ItemRead();
                    tally.Refuse(entry.Name, "", entry.Refusal);
                    continue;
                }

                await ReadEntryAsync(entry, format, output, tally, cancel).ConfigureAwait(false);
            }
        }
        finally
        {
            output.TryComplete();
        }
    }

    private static async Task ReadEntryAsync(ImportEntry entry, ImportFormat format, ChannelWriter<ImportItem> output, ImportTally tally, CancellationToken cancel)
    {
        IEnumerator<ImportItem>? items = null;
        try
        {
            using var opened = entry.Open();
            var (stream, head, length) = ReplayStream.Peek(opened, ImportFormatDetector.HeadLength);
            using var replay = stream;
            var chosen = format == ImportFormat.Auto ? ImportFormatDetector.Detect(entry.Name, head.AsSpan(0, length)) : format;
            if (chosen is not { } known)
            {
                tally.ItemRead();
                if (entry.Named)
                {
                    tally.Refuse(entry.Name, "", "not a format the import reads (web page, RSS/Atom feed, CSV, JSON, JSON Lines, GDELT events, text); name it with --format if it is one.");
                }
                else
                {
                    tally.Skip();
                }

                return;
            }

            items = ImportReaders.Read(known, entry.Name, replay).GetEnumerator();
            while (items.MoveNext())
            {
                var item = items.Current;
                tally.ItemRead();
                if (item.Submission is not null)
                {
                    await output.WriteAsync(item, cancel).ConfigureAwait(false);
                }
                else if (item.Refusal is not null)
                {
                    tally.Refuse(item.File, item.Place, item.Refusal);
                }
                else
                {
                    tally.Skip();
                }
            }
        }
        catch (Exception e) when (IsBadInput(e))
        {
            // What was read before the bad bytes stands; the rest of this file is refused, the other files go on.
            tally.ItemRead();
            tally.Refuse(entry.Name, "", Describe(e));
        }
        finally
        {
            items?.Dispose();
        }
    }

    private static bool IsBadInput(Exception e) =>
        e is DecoderFallbackException or InvalidDataException or XmlException or IOException or CsvHelper.CsvHelperException or UnauthorizedAccessException;

    private static string Describe(Exception e) => e switch
    {
        DecoderFallbackException => "not valid UTF-8 text; save the file as UTF-8.",
        _ => e.Message,
    };
}
