using System.Globalization;

namespace Graph.Core.Extraction.Knowledge;

/// <summary>
/// Loads the named word lists of <c>data/knowledge</c> as a checked contract: every list line names
/// a list declared in <see cref="KnowledgeList"/>, in the file declared for it, with items of the
/// declared shape; every declared list is present. Any breach stops the load with file and line.
/// </summary>
internal static class KnowledgeLists
{
    /// <summary>The files of <c>list | item; item</c> lines.</summary>
    private static readonly string[] NamedListFiles = ["context-words.txt", "agency-heads.txt", "numbers.txt", "language.txt"];

    /// <summary>Every list by name, items in file order.</summary>
    /// <param name="crimeAreas">The crime areas, each of which has a list of cue words.</param>
    /// <param name="rows">Reads a file's numbered rows; the embedded files when null (tests give their own text).</param>
    public static Dictionary<string, IReadOnlyList<string>> Load(
        IReadOnlyList<string> crimeAreas, Func<string, IEnumerable<(int Line, string[] Cells)>>? rows = null)
    {
        rows ??= file => KnowledgeFile.NumberedRows(file, '|');
        var declared = KnowledgeList.Fixed.Concat(crimeAreas.Select(KnowledgeList.CrimeArea)).ToDictionary(l => l.Name, StringComparer.Ordinal);
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string file, int line, string name, string items)
        {
            if (!declared.TryGetValue(name, out var list))
            {
                throw KnowledgeFile.Error(file, line, $"unknown list '{name}'; the lists the extractor reads are declared in KnowledgeList.");
            }

            // A language's copy of a file (es/roles.txt) adds to the lists of the file it copies.
            if (list.File != KnowledgeLanguages.BaseFile(file))
            {
                throw KnowledgeFile.Error(file, line, $"list '{name}' belongs in {list.File}.");
            }

            var entries = KnowledgeFile.List(items).ToList();
            foreach (var entry in entries)
            {
                CheckShape(list, entry, file, line);
            }

            if (!lists.TryGetValue(name, out var all))
            {
                lists[name] = all = [];
            }

            all.AddRange(entries);
        }

        foreach (var file in NamedListFiles.SelectMany(f => KnowledgeLanguages.Copies(f)))
        {
            foreach (var (line, cells) in Columns(file, 2, rows))
            {
                Add(file, line, cells[0], cells[1]);
            }
        }

        foreach (var file in KnowledgeLanguages.Copies("roles.txt"))
        {
            foreach (var (line, cells) in Columns(file, 3, rows))
            {
                Add(file, line, $"{cells[0]}-{cells[1]}", cells[2]);
            }
        }

        foreach (var (line, cells) in Columns("crime-areas.txt", 2, rows))
        {
            Add("crime-areas.txt", line, KnowledgeList.CrimeArea(cells[0]).Name, cells[1]);
        }

        foreach (var list in new[] { KnowledgeList.Regions, KnowledgeList.Abbreviations })
        {
            foreach (var file in KnowledgeLanguages.Copies(list.File))
            {
                foreach (var (line, cells) in Columns(file, 1, rows))
                {
                    Add(file, line, list.Name, cells[0]);
                }
            }
        }

        CheckNumberWords(lists);
        var missing = declared.Keys.Where(name => !lists.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"data/knowledge holds no line for the lists {string.Join(", ", missing)}, which the extractor reads.");
        }

        return lists.ToDictionary(l => l.Key, l => (IReadOnlyList<string>)l.Value, StringComparer.Ordinal);
    }

    /// <summary>The rows of a file, each required to have exactly <paramref name="count"/> columns.</summary>
    public static IEnumerable<(int Line, string[] Cells)> Columns(string file, int count) =>
        Columns(file, count, name => KnowledgeFile.NumberedRows(name, '|'));

    private static IEnumerable<(int Line, string[] Cells)> Columns(string file, int count, Func<string, IEnumerable<(int Line, string[] Cells)>> rows)
    {
        foreach (var (line, cells) in rows(file))
        {
            if (cells.Length != count || cells.Any(c => c.Length == 0))
            {
                throw KnowledgeFile.Error(file, line, $"expected {count} non-empty '|'-separated columns, found {cells.Count(c => c.Length > 0)} of {cells.Length}.");
            }

            yield return (line, cells);
        }
    }

    private static void CheckShape(KnowledgeList list, string entry, string file, int line)
    {
        var words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var problem = list.Shape switch
        {
            ListShape.Words when words.Length > 1 => "is several words, but the list holds single words and can never match it",
            ListShape.Cues when entry.IndexOf('*') is var star and >= 0 && (star != entry.Length - 1 || entry[^2] == ' ' || star == 0) =>
                "has a '*' that does not end a stem ('traffick*', 'drug trafficker*')",
            ListShape.NumberWords when words.Length < 2 || !long.TryParse(words[^1], NumberStyles.None, CultureInfo.InvariantCulture, out _) =>
                "needs a word and its value in digits ('twenty 20')",
            _ => null,
        };
        if (problem is not null)
        {
            throw KnowledgeFile.Error(file, line, $"'{entry}' in list '{list.Name}' {problem}.");
        }
    }

    /// <summary>A number word given two values would make figures depend on which line wins.</summary>
    private static void CheckNumberWords(Dictionary<string, List<string>> lists)
    {
        foreach (var list in new[] { KnowledgeList.Units, KnowledgeList.Scales })
        {
            var duplicate = lists.GetValueOrDefault(list.Name)?
                .GroupBy(e => e[..e.LastIndexOf(' ')], StringComparer.OrdinalIgnoreCase)
                .FirstOrDefault(g => g.Select(e => e[(e.LastIndexOf(' ') + 1)..]).Distinct(StringComparer.Ordinal).Count() > 1);
            if (duplicate is not null)
            {
                throw new InvalidDataException(
                    $"data/knowledge/{list.File}: number word '{duplicate.Key}' has two values in '{list.Name}' ({string.Join(", ", duplicate)}).");
            }
        }
    }
}
