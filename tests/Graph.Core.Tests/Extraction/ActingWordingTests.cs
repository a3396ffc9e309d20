using Graph.Core.Extraction;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 10: wordings that lost participants and pairs on text nobody tuned to — a body that backs
/// all of a report's operations, police work told before the place it happened ("searches were carried out in",
/// "took part:", "arrested 11 suspects in"), the same in Spanish, Portuguese and French, Brazilian spellings of
/// countries; and names read where there is none (a unit after "Operations", a title-case headline).
/// </summary>
public sealed class ActingWordingTests
{
    private const string Opening = "RIGA, 2 June 2025\n\nEurojust backed Operation Amber Gate, an action against synthetic drugs. ";
    private const string OpeningEs = "MADRID, 2 de junio de 2025\n\nEurojust apoyó la Operación Ámbar contra las drogas sintéticas. ";

    private static List<string> Participants(string text, string? language = null) =>
        [.. Assert.Single(ReportExtractor.Default.Extract(text, language).Events).ParticipantIds];

    [Theory]
    [InlineData("The Hellenic Police ran Operation Larch against cigarette smuggling. The Bulgarian police ran Operation Birch against fuel fraud.\n\nBoth operations were backed by Eurojust.", null)]
    [InlineData("La Guardia Civil dirigió la Operación Alerce contra el contrabando. La Policía Nacional dirigió la Operación Abedul contra el fraude.\n\nAmbas operaciones contaron con el apoyo de Eurojust.", "es")]
    public void ABodyBackingAllTheOperationsTakesPartInEach(string text, string? language)
    {
        var events = ReportExtractor.Default.Extract(text, language).Events;

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Contains("agency:eurojust", e.ParticipantIds));
    }

    [Theory]
    [InlineData("Searches were carried out in Latvia, Lithuania and Estonia.")]
    [InlineData("Raids took place in Latvia, Lithuania and Estonia on the same morning.")]
    [InlineData("Three countries took part: Latvia, Lithuania and Estonia.")]
    [InlineData("Countries taking part included Latvia, Lithuania and Estonia.")]
    [InlineData("Partners in Latvia, Lithuania and Estonia shared the wiretaps.")]
    public void PoliceWorkBeforeThePlaceReachesEveryCountryOfTheList(string sentence)
    {
        var participants = Participants(Opening + sentence);

        Assert.Contains("country:LV", participants);
        Assert.Contains("country:LT", participants);
        Assert.Contains("country:EE", participants);
    }

    [Theory]
    [InlineData("Officers arrested 11 suspects in Latvia and four in Lithuania.", null)]
    [InlineData("Los agentes detuvieron a 11 sospechosos en Letonia y a cuatro en Lituania.", "es")]
    public void PeopleCountedAfterAnArrestWereArrestedInThePlaceAfterThem(string sentence, string? language)
    {
        var participants = Participants((language is null ? Opening : OpeningEs) + sentence, language);

        Assert.Contains("country:LV", participants);
        Assert.Contains("country:LT", participants);
    }

    [Theory]
    [InlineData("Se practicaron registros en Letonia y Lituania.", "es")]
    [InlineData("Letonia y Lituania también colaboraron en la investigación.", "es")]
    [InlineData("Foram realizadas buscas na Letônia e na Lituânia.", "pt")]
    [InlineData("As prisões ocorreram na Letônia e na Lituânia.", "pt")]
    [InlineData("La Lettonie et la Lituanie ont également participé à l'enquête.", "fr")]
    [InlineData("Des saisies massives ont été effectuées en Lettonie et en Lituanie.", "fr")]
    public void PoliceWorkInARomanceLanguageReachesItsCountries(string sentence, string language)
    {
        var participants = Participants(OpeningEs + sentence, language);

        Assert.Contains("country:LV", participants);
        Assert.Contains("country:LT", participants);
    }

    [Theory]
    [InlineData("The tablets were sold in Latvia.", null)]
    [InlineData("Five suspects in Latvia are still being sought.", null)]
    [InlineData("A courier was hired to take the tablets to Latvia.", null)]
    [InlineData("Las pastillas se vendían en Letonia.", "es")]
    [InlineData("Os comprimidos eram vendidos na Letônia.", "pt")]
    public void APlaceWithNoPoliceWorkStaysAPlace(string sentence, string? language) =>
        Assert.DoesNotContain("country:LV", Participants((language is null ? Opening : OpeningEs) + sentence, language));

    [Theory]
    [InlineData("Polônia", "PL")]
    [InlineData("Quênia", "KE")]
    [InlineData("Irã", "IR")]
    [InlineData("Vietnã", "VN")]
    public void BrazilianSpellingsNameTheirCountries(string name, string code) =>
        Assert.Contains(code, Countries($"A Polícia Federal e a polícia do {name} prenderam doze pessoas."));

    [Theory]
    [InlineData("The Operations Director of the Guardia Civil said the network was dismantled.")]
    [InlineData("The suspects were questioned by the Operation Support Unit of the Guardia Civil.")]
    [InlineData("Staff in the Guardia Civil's Operation Room followed the raids.")]
    public void AUnitOrPostAfterTheOperationWordIsNoOperationsName(string sentence) =>
        Assert.Null(SingleEvent("Europol and the Guardia Civil arrested nine people in a joint action. " + sentence).Name);

    [Fact]
    public void ATitleCaseHeadlineNamesNoOperationOfItsOwn() =>
        Assert.Null(SingleEvent("Cross-Border Operation Leads To Nine Arrests In The Baltics\n\nEuropol and the Latvian State Police arrested nine people in a joint action.").Name);

    [Fact]
    public void ATitleCaseHeadlineKeepsANameTheReportRepeats() =>
        Assert.Equal("Operation Juniper", SingleEvent("Operation Juniper Nets Nine In Riga\n\nEuropol and the Latvian State Police arrested nine people in Operation Juniper.").Name);

    [Fact]
    public void ASectionHeadingThatIsOnlyANameStillNamesTheOperation() =>
        Assert.Equal("Operation Heron Gate 3", SingleEvent("Wildlife: Operation Heron Gate 3\n\nEuropol and the Latvian State Police seized 40 parrots in the operation.").Name);
}
