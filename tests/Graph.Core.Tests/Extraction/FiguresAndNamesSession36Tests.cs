using Graph.Core.Extraction;
using Graph.Core.Model;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 36 (issue 13): a name that ends on a calibre-like decimal code; the shared total a release's opening paragraph states
/// before it tells several operations one by one; and a sentence whose arrests are the operation's although it also says a body
/// took no part; one side's count placed past an aside, then another place's count; people described by a two-word nationality;
/// one person listed after a count with a nationality and a word of suspicion; a body-like name that a year ends, which names an
/// exercise or an operation, not a body. The sentences are written for these tests.
/// </summary>
public sealed class FiguresAndNamesSession36Tests
{
    private static ReportExtraction Extract(string text, string language = "en") => ReportExtractor.Default.Extract(text, language);

    private static int? Arrests(CooperationEvent e) => e.Figures.TryGetValue(FigureKeys.Arrests, out var arrests) ? arrests : null;

    [Theory]
    [InlineData("The Kenya Police Service and the Uganda Police Force seized 40 rifles in Operation Bolt 5.56, led by the Kenya Police Service.", "en", "Bolt 5.56")]
    [InlineData("La Policía Nacional de Colombia y la Policía Nacional del Ecuador incautaron 30 fusiles en la Operación Percutor 7.62, dirigida por la Policía Nacional de Colombia.", "es", "Percutor 7.62")]
    [InlineData("A Polícia Federal e a Polícia Judiciária apreenderam 12 armas na Operação Gatilho 9,19, coordenada pela Polícia Federal.", "pt", "Gatilho 9,19")]
    public void ADecimalCodeEndsANameAsASerialDoes(string text, string language, string name) =>
        Assert.Contains(Extract(text, language).Events, e => e.Name is not null && e.Name.EndsWith(name, StringComparison.Ordinal));

    [Fact]
    public void AThousandsGroupAfterANameIsNoPartOfIt() =>
        Assert.Contains(Extract("The Kenya Police Service and the Uganda Police Force seized cannabis in Operation Bolt 1.250 kilograms of it in Kisumu.").Events,
            e => e.Name == "Operation Bolt");

    [Fact]
    public void TheOpeningParagraphsTotalIsNoOneOperationsFigure()
    {
        var events = Extract("Dakar, 4 mai 2026 – L'Office des Nations unies contre la drogue et le crime a présenté le bilan de deux opérations menées au Sénégal et en Mauritanie. "
            + "Au total, 30 personnes ont été arrêtées.\n\n"
            + "La première, l'opération « Dune Claire », a été dirigée par la Gendarmerie nationale sénégalaise avec la Garde côtière de Mauritanie. Dix-huit passeurs ont été interpellés.\n\n"
            + "La seconde, l'opération « Filet Bleu », a été menée par la Police nationale mauritanienne avec la Police nationale sénégalaise. Douze suspects ont été arrêtés.\n", "fr").Events;

        Assert.Equal([18, 12], events.Select(Arrests));
    }

    [Fact]
    public void AHeadlineAboutSeveralOperationsLeavesTheLedeToTheFirst()
    {
        var events = Extract("Two raids, one smuggling ring\n\nACCRA, 4 May 2026\n\nPolice arrested nine people on Friday, the Ghana Police Service said. "
            + "Operation Copper Gate was led by the Ghana Police Service with the Ghana Revenue Authority.\n\n"
            + "In a separate operation, Operation Salt Road, the Togolese police arrested three men with the Ghana Police Service.\n").Events;

        Assert.Equal(9, Arrests(events[0]));
    }

    [Theory]
    [InlineData("The Ghana Navy and the Ghana Police Service boarded a trawler off Tema. Tipped off by the Togolese Navy, which took no part in the boarding, officers arrested 11 crew members.", 11)]
    [InlineData("La Armada de Chile y la Policía de Investigaciones abordaron un pesquero en Arica. Alertados por la Marina de Guerra del Perú, que no participó en el abordaje, los agentes detuvieron a siete tripulantes.", 7)]
    public void ABodyDeniedAPartLeavesTheSentencesArrestsToTheOperation(string text, int arrests) =>
        Assert.Equal(arrests, Arrests(Assert.Single(Extract(text, text.StartsWith("La", StringComparison.Ordinal) ? "es" : "en").Events)));

    [Fact]
    public void ArrestsDeniedAPartInTheOperationStayOutOfIt() =>
        Assert.Equal(6, Arrests(Assert.Single(Extract("La Armada de Chile y la Policía de Investigaciones detuvieron a seis personas en Arica. "
            + "En una fase anterior, otras dos personas habían sido detenidas en Iquique; esas detenciones no forman parte de este operativo.", "es").Events)));

    [Theory]
    [InlineData("The Royal Thai Police and the Royal Malaysia Police dismantled a call centre. Nine operators, all Thai citizens, were arrested in Malaysia. In Thailand, the police detained 12 money mules.", 21)]
    [InlineData("The Kenya Police Service and the Tanzania Police Force broke up a poaching ring. Five hunters, most of them armed, were detained in Tanzania. In Kenya, rangers arrested seven buyers.", 12)]
    public void AnotherPlacesCountAddsToACountPlacedPastAnAside(string text, int arrests) =>
        Assert.Equal(arrests, Arrests(Assert.Single(Extract(text).Events)));

    [Fact]
    public void ACountPlacedPastAnAsideInTheSamePlaceAddsNothing() =>
        Assert.Equal(12, Arrests(Assert.Single(Extract("The Royal Thai Police and the Royal Malaysia Police dismantled a call centre. "
            + "Twelve operators, all Thai citizens, were arrested in Malaysia. In Malaysia, the police detained nine of them in Penang.").Events)));

    [Theory]
    [InlineData("The South African Police Service and the Namibian Police Force stopped a truck at the border. Three Sierra Leonean nationals were arrested.", 3)]
    [InlineData("The Fiji Police Force and the Australian Federal Police boarded a yacht. Four New Zealand citizens were detained.", 4)]
    public void ATwoWordNationalityMayDescribeTheCountsPeople(string text, int arrests) =>
        Assert.Equal(arrests, Arrests(Assert.Single(Extract(text).Events)));

    [Fact]
    public void OnePersonWithANationalityAndASuspicionListedAfterACountIsOneMore() =>
        Assert.Equal(6, Arrests(Assert.Single(Extract("The Fiji Police Force and the Australian Federal Police boarded a yacht. "
            + "Police arrested five deckhands and a Fijian lawyer suspected of arranging the voyage.").Events)));

    [Fact]
    public void ABodyLikeNameThatAYearEndsIsNoBody()
    {
        var extraction = Extract("VILNIUS, 5 May 2026 — Officers from Lithuania and Poland seized 900 litres of alcohol during Amber Coast Guard 2026, "
            + "a joint maritime exercise led by the Lithuanian State Border Guard Service with the Polish Border Guard.");

        Assert.DoesNotContain(extraction.Actors, a => a.Name.Contains("Amber", StringComparison.Ordinal));
        Assert.Contains(extraction.Events, e => e.Name is not null && e.Name.EndsWith("Amber Coast Guard 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void ABodyNameWithoutAYearIsStillABody() =>
        Assert.Contains(Extract("VILNIUS, 5 May 2026 — The Amber Coast Guard Service and the Polish Border Guard seized 900 litres of alcohol off Klaipeda, "
            + "the Lithuanian police said.").Actors, a => a.Name == "Amber Coast Guard Service");
}
