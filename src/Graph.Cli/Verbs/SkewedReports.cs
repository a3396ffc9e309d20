using System.Globalization;
using System.Text;
using Graph.Core.Extraction.Knowledge;

namespace Graph.Cli.Verbs;

/// <summary>
/// Generated reports with a realistic skew: actors are drawn by Zipf's law (the actor of rank r with
/// probability proportional to 1/r), so a few agencies and countries appear in a large share of the
/// reports and most in a handful. The pool holds the listed agencies and countries and, for large
/// corpora, one made-up national agency per ten reports ("the Ghana Varodel Police Service"), which
/// the extractor discovers from the shape of its name. Each report is about 650 bytes, dated within
/// 2015–2025, and names 3–13 actors in cooperation sentences.
/// </summary>
internal sealed class SkewedReports
{
    private static readonly string[] Shapes =
    [
        "Operation {op} was led by the {a} in collaboration with the {a} and police from {c}.",
        "Officers of the {a} arrested {n} suspects in {c} after an investigation coordinated by the {a}.",
        "The {a}, together with the {a}, searched {n} homes in {c} and {c}.",
        "According to the {a}, investigators from {c} and {c} exchanged intelligence during the action days.",
        "The weather in the port city was mild, and the court will sit again in the spring.",
    ];

    private static readonly string[] Syllables = ["va", "ro", "del", "kan", "tu", "mer", "is", "so", "lin", "ga", "bre", "no", "sta", "vi", "ok", "ram"];
    private static readonly string[] Heads = ["Police Service", "Police Department", "Directorate", "Investigation Bureau", "Customs Service", "Commission"];

    private readonly string[] _actors;
    private readonly double[] _cumulative;
    private readonly string[] _countries;

    public SkewedReports(int reports, int seed)
    {
        var random = new Random(seed);
        var knowledge = ExtractionKnowledge.Default;
        _countries = [.. knowledge.Countries.Values.Select(c => c.Name).Order(StringComparer.Ordinal)];
        var made = Enumerable.Range(0, Math.Min(reports / 10, 50_000))
            .Select(_ => $"{_countries[random.Next(_countries.Length)]} {Name(random)} {Heads[random.Next(Heads.Length)]}");
        var pool = knowledge.Agencies.Values.Select(a => a.Name).Order(StringComparer.Ordinal).Concat(_countries).Concat(made).Distinct().ToArray();
        random.Shuffle(pool);
        _actors = pool;
        _cumulative = new double[pool.Length];
        var total = 0.0;
        for (var r = 0; r < pool.Length; r++)
        {
            total += 1.0 / (r + 1);
            _cumulative[r] = total;
        }
    }

    public int PoolSize => _actors.Length;

    /// <summary>The report with this number: the same number and seed give the same text.</summary>
    public string Report(int number, int seed)
    {
        // HashCode.Combine is seeded anew in every process, so it gave other texts on every run; this mix does not.
        var random = new Random(unchecked((int)((seed * 1_000_003L) ^ (number * 2_654_435_761L))));
        var text = new StringBuilder(800);
        var day = new DateOnly(2015, 1, 1).AddDays(random.Next(11 * 365));
        text.Append("date ").Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("Joint action number ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(" reported\n");
        for (var s = random.Next(2, 4); s > 0; s--)
        {
            var shape = Shapes[random.Next(Shapes.Length)];
            var sentence = new StringBuilder(shape.Length + 80);
            for (var i = 0; i < shape.Length; i++)
            {
                if (shape[i] != '{')
                {
                    sentence.Append(shape[i]);
                    continue;
                }

                var close = shape.IndexOf('}', i);
                sentence.Append(shape[(i + 1)..close] switch
                {
                    "a" => Actor(random),
                    "c" => _countries[random.Next(_countries.Length)],
                    "op" => "Tide " + random.Next(1, 5000).ToString(CultureInfo.InvariantCulture),
                    _ => random.Next(2, 400).ToString(CultureInfo.InvariantCulture),
                });
                i = close;
            }

            text.Append(sentence).Append(' ');
        }

        return text.ToString();
    }

    private string Actor(Random random)
    {
        var at = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return _actors[Math.Min(at < 0 ? ~at : at, _actors.Length - 1)];
    }

    private static string Name(Random random)
    {
        var name = string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
