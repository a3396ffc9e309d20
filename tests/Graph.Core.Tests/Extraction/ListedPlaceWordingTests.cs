using Graph.Core.Extraction;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13 and 17, session 11: countries that take part but were read as places — a list whose items carry a
/// bracketed count ("Norway (6), Sweden (2)") or a count each ("five in Norway, two in Sweden and one in Finland"),
/// a breakdown after a counted noun and a colon, a demonym after its authority noun ("la police norvégienne"), an operation's name before a comma taken for a city ("En la
/// Operación Fiordo, Noruega y Suecia …"), cooperation verbs, the agent of "joined by", and "entre ellos" after a
/// count of countries that took part. Sentences written for these tests, in each language where the rule applies.
/// </summary>
public sealed class ListedPlaceWordingTests
{
    private const string Opening = "OSLO, 4 May 2025\n\nEuropol backed Operation Fjord Line, an action against cocaine smuggling. ";
    private const string OpeningEs = "MADRID, 4 de mayo de 2025\n\nEuropol apoyó la Operación Fiordo contra el tráfico de cocaína. ";
    private const string OpeningPt = "LISBOA, 4 de maio de 2025\n\nA Europol apoiou a Operação Fiorde contra o tráfico de cocaína. ";
    private const string OpeningFr = "PARIS, 4 mai 2025\n\nEuropol a soutenu l'opération Fjord contre le trafic de cocaïne. ";

    private static List<string> Participants(string text, string? language = null) =>
        [.. Assert.Single(ReportExtractor.Default.Extract(text, language).Events).ParticipantIds];

    private static string Open(string? language) => language switch
    {
        "es" => OpeningEs,
        "pt" => OpeningPt,
        "fr" => OpeningFr,
        _ => Opening,
    };

    [Theory]
    [InlineData("Searches were carried out in Norway (6), Sweden (2) and Finland (1).", null)]
    [InlineData("Arrests took place in Norway (six), Sweden (two) and Finland (one).", null)]
    [InlineData("Hubo detenciones en Noruega (6), Suecia (2) y Finlandia (1).", "es")]
    [InlineData("Houve prisões na Noruega (6), na Suécia (2) e na Finlândia (1).", "pt")]
    [InlineData("Des perquisitions ont eu lieu en Norvège (6), en Suède (2) et en Finlande (1).", "fr")]
    public void ABracketedCountAfterAListedCountryKeepsTheListGoing(string sentence, string? language)
    {
        var participants = Participants(Open(language) + sentence, language);

        Assert.Contains("country:NO", participants);
        Assert.Contains("country:SE", participants);
        Assert.Contains("country:FI", participants);
    }

    [Theory]
    [InlineData("Eight people were detained: five in Norway, two in Sweden and one in Finland.", null)]
    [InlineData("Fueron detenidos ocho sospechosos: cinco en Noruega, dos en Suecia y uno en Finlandia.", "es")]
    [InlineData("Foram detidos oito suspeitos: cinco na Noruega, dois na Suécia e um na Finlândia.", "pt")]
    public void EveryPlaceOfAnArrestBreakdownTakesPart(string sentence, string? language)
    {
        var participants = Participants(Open(language) + sentence, language);

        Assert.Contains("country:NO", participants);
        Assert.Contains("country:SE", participants);
        Assert.Contains("country:FI", participants);
    }

    [Theory]
    [InlineData("Ayer, en la Operación Fiordo, Noruega y Suecia cooperaron estrechamente.", "es")]
    [InlineData("Como informó Europol, en la Operación Fiordo, Noruega y Suecia participaron.", "es")]
    [InlineData("Segundo a Europol, na Operação Fiorde, Noruega e Suécia cooperaram estreitamente.", "pt")]
    [InlineData("Selon Europol, dans l'opération Fjord, la Norvège et la Suède ont coopéré.", "fr")]
    public void AnOperationsNameBeforeACommaIsNoCity(string sentence, string? language)
    {
        var participants = Participants(Open(language) + sentence, language);

        Assert.Contains("country:NO", participants);
        Assert.Contains("country:SE", participants);
    }

    [Theory]
    [InlineData("Norway and Sweden cooperated closely throughout the investigation.", null)]
    [InlineData("Norway and Sweden worked together on the financial side.", null)]
    [InlineData("The investigation was later joined by Norway and Sweden.", null)]
    [InlineData("Noruega y Suecia trabajaron conjuntamente en la investigación.", "es")]
    [InlineData("A la investigación se sumaron Noruega y Suecia.", "es")]
    [InlineData("Participaron nueve países, entre ellos Noruega y Suecia.", "es")]
    [InlineData("Participaram nove países, entre eles a Noruega e a Suécia.", "pt")]
    public void CooperationWordingMakesItsCountriesTakePart(string sentence, string? language)
    {
        var participants = Participants(Open(language) + sentence, language);

        Assert.Contains("country:NO", participants);
        Assert.Contains("country:SE", participants);
    }

    [Theory]
    [InlineData("Los registros fueron realizados por las autoridades noruegas y suecas.", "es")]
    [InlineData("La policía noruega y la policía sueca registraron doce viviendas.", "es")]
    [InlineData("A polícia norueguesa e a polícia sueca cumpriram doze mandados.", "pt")]
    [InlineData("La police norvégienne et la police suédoise ont perquisitionné douze domiciles.", "fr")]
    public void ADemonymAfterItsAuthorityNounTakesPart(string sentence, string language)
    {
        var participants = Participants(Open(language) + sentence, language);

        Assert.Contains("country:NO", participants);
        Assert.Contains("country:SE", participants);
    }

    [Theory]
    [InlineData("A courier who had worked in Norway flew the cocaine to Oslo.", null)]
    [InlineData("The cocaine awaited collection by a trawler that would take it to Norway.", null)]
    [InlineData("The cocaine awaited collection by a trawler that would take them to Norway.", null)]
    [InlineData("Analysts said seizures in Norway had fallen for a decade.", null)]
    [InlineData("The cargo was later collected by a company registered in Norway.", null)]
    [InlineData("La cocaína se vendía en Noruega (Oslo) y en otros mercados.", "es")]
    [InlineData("Deux ressortissants norvégiens figurent parmi les suspects.", "fr")]
    public void APlaceOfNoPoliceWorkStaysAPlace(string sentence, string? language) =>
        Assert.DoesNotContain("country:NO", Participants(Open(language) + sentence, language));
}
