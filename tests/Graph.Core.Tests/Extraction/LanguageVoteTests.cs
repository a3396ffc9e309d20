using Graph.Core.Extraction;
using Graph.Core.Extraction.Knowledge;

namespace Graph.Core.Tests.Extraction;

public sealed class LanguageVoteTests
{
    private static readonly LanguageVote Vote = ReportLanguage.NewVote(ExtractionKnowledge.Default);

    [Theory]
    [InlineData("Los agentes de la Guardia Civil han detenido a los sospechosos y han intervenido las armas del grupo.", "es")]
    [InlineData("Os agentes da Polícia Federal prenderam os suspeitos e apreenderam as armas do grupo com mandados.", "pt")]
    [InlineData("Les enquêteurs de la douane ont interpellé les suspects et saisi des armes dans les locaux du groupe.", "fr")]
    [InlineData("The officers of the Spanish police arrested the suspects and seized the weapons of the group.", "en")]
    public void AClearMajorityOfOneLanguagesWordsDecidesTheLanguage(string text, string language) =>
        Assert.Equal(language, Vote.Winner(text));

    [Theory]
    [InlineData("Europol Interpol Frontex 2024")]
    [InlineData("The suspects et les armes")]
    public void AnEmptyOrCloseVoteIsLeftToTheDetector(string text) =>
        Assert.Null(Vote.Winner(text));

    [Fact]
    public void AReportDecidedByTheDetectorStillGetsALanguage() =>
        Assert.Equal("es", ReportLanguage.Detect("Detenidos seis narcotraficantes en Cádiz."));

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(58)]
    [InlineData(61)]
    [InlineData(63)]
    [InlineData(64)]
    public void VoteWordsCountWhereverTheyFallAmongTheOpeningsCharacters(int offset)
    {
        // "también", "según" and "más" hold letters outside ASCII; the offsets put words across blocks of 8 and 64.
        Assert.Equal("es", Vote.Winner(new string('.', offset) + "también según@más"));
        Assert.Null(Vote.Winner(new string('-', offset) + "tambiénx[según]más2"));
    }

    [Fact]
    public void OnlyTheOpeningThousandCharactersVote()
    {
        Assert.Equal("es", Vote.Winner(new string('.', 989) + " el los las"));

        // "las" now runs past the 1,000th character and is cut to "la", no vote word.
        Assert.Null(Vote.Winner(new string('.', 990) + " el los las"));
    }

    [Fact]
    public void TwoLatin1CharactersFoldAlikeExactlyWhenTheyAreEqualIgnoringCase()
    {
        // The packed vote words compare folded bytes; the word table compares ordinally ignoring case. They must agree.
        for (var a = 0; a < 256; a++)
        {
            for (var b = 0; b < 256; b++)
            {
                var equal = string.Equals(((char)a).ToString(), ((char)b).ToString(), StringComparison.OrdinalIgnoreCase);
                Assert.True(equal == (LanguageVote.Latin1Fold[a] == LanguageVote.Latin1Fold[b]), $"U+{a:X4} and U+{b:X4}");
            }
        }
    }

    [Theory]
    [InlineData("TAMBÉM NÃO SÃO", "pt")]
    [InlineData("Também Não São", "pt")]
    [InlineData("ÉTÉ ÉTÉ ÉTÉ", "fr")]
    [InlineData("SEGÚN MÁS TAMBIÉN", "es")]
    public void AccentedVoteWordsCountInEitherCase(string text, string language) =>
        Assert.Equal(language, Vote.Winner(text));

    [Fact]
    public void TheVoteEqualsAPlainCountOfEveryWordOfTheOpeningOnManyMadeUpTexts()
    {
        // The vote finds the runs of letters from their marks a block at a time and skips the look-up of a run whose length,
        // first and last letters no listed word has; a plain count that looks up every run of letters must give the same
        // answer on every text, whatever its letters and case.
        var lists = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < ReportLanguage.All.Count; index++)
        {
            foreach (var word in ExtractionKnowledge.Default.List(KnowledgeList.LanguageVote(ReportLanguage.All[index])))
            {
                lists[word] = index;
            }
        }

        var listed = lists.Keys.ToArray();
        string[] near = ["tha", "thy", "ton", "in", "on", "it", "an", "two", "este", "estes", "lo", "la", "dela", "ét", "ÉTÉS", "thiſ", "ſaid", "ıs", "İS", "KE", "naõ", "αλφα"];
        const string separators = " ,.;:-'’\"()0123456789\n\t—@";
        var random = new Random(16);
        for (var round = 0; round < 20_000; round++)
        {
            var text = new System.Text.StringBuilder();
            var length = random.Next(0, 1400);
            while (text.Length < length)
            {
                var word = random.Next(40) switch
                {
                    < 13 => listed[random.Next(listed.Length)],
                    < 26 => near[random.Next(near.Length)],
                    39 => new string('w', random.Next(50, 140)) + listed[random.Next(listed.Length)], // runs across blocks of 64
                    _ => new string([.. Enumerable.Range(0, random.Next(1, 10)).Select(_ => (char)random.Next('a', 'z' + 1))]),
                };
                foreach (var c in word)
                {
                    text.Append(random.Next(4) == 0 ? char.ToUpperInvariant(c) : c);
                }

                for (var k = random.Next(1, 3); k > 0; k--)
                {
                    text.Append(separators[random.Next(separators.Length)]);
                }
            }

            var made = text.ToString();
            Assert.True(PlainCount(made, lists) == Vote.Winner(made), made);
        }
    }

    /// <summary>The vote's rule over a count that looks up every run of letters of the first thousand characters.</summary>
    private static string? PlainCount(string text, Dictionary<string, int> lists)
    {
        var votes = new int[ReportLanguage.All.Count];
        var opening = text[..Math.Min(text.Length, 1000)];
        for (var start = 0; start < opening.Length;)
        {
            var end = start;
            while (end < opening.Length && char.IsLetter(opening[end]))
            {
                end++;
            }

            if (end > start && lists.TryGetValue(opening[start..end], out var index))
            {
                votes[index]++;
            }

            start = end + 1;
        }

        var most = votes.Max();
        var leader = Array.IndexOf(votes, most);
        var runnerUp = votes.Where((_, index) => index != leader).Max();
        return most >= 3 && most >= 2 * runnerUp ? ReportLanguage.All[leader] : null;
    }
}
