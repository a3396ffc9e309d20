using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 35 (issue 13): how a report builds its arrest figure. A crew listed as the subject of a passive arrest, its members
/// described between commas; people an aside describes before their passive arrest; a total followed by a phrase about what it
/// takes in; and another country's side telling its own arrests after the home side's count, with no total stated. The
/// sentences are written for these tests.
/// </summary>
public sealed class ArrestFigureSession35Tests
{
    private static int? Arrests(string text) =>
        SingleEvent(text).Figures.TryGetValue(FigureKeys.Arrests, out var arrests) ? arrests : null;

    [Theory]
    [InlineData("La Armada de Chile y la Policía de Investigaciones abordaron un pesquero en Talcahuano. El patrón, de nacionalidad peruana, y dos marineros fueron detenidos.", 3)]
    [InlineData("A Polícia Marítima e a Marinha Portuguesa intercetaram um arrastão em Peniche. O mestre, espanhol, e o maquinista, marroquino, foram detidos.", 2)]
    [InlineData("The Ghana Navy and the Fisheries Commission boarded a trawler off Takoradi. The master, a Chinese national, and four deckhands were arrested.", 5)]
    [InlineData("La Marine nationale et la Gendarmerie maritime ont arraisonné un chalutier au large de Brest. Le patron, de nationalité espagnole, et trois matelots ont été interpellés.", 4)]
    public void TheMembersOfAListedSubjectOfAPassiveArrestAddUp(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("The Ghana Navy and the Fisheries Commission boarded a trawler off Takoradi. The master, a Chinese national, and four deckhands were questioned.")]
    [InlineData("The Ghana Navy and the Fisheries Commission boarded a trawler off Takoradi. The trawler, a Chinese-flagged vessel, and its cargo were detained.")]
    public void AListedSubjectOfAnotherVerbOrOfThingsCountsNoOne(string text) => Assert.Null(Arrests(text));

    [Theory]
    [InlineData("La Gendarmerie nationale a interpellé trois passeurs à Calais. Cinq personnes ont été arrêtées à Dunkerque, soit huit au total avec les trois de Calais.", 8)]
    [InlineData("The Kenya Police Service arrested five suspects in Mombasa. Officers in Nairobi arrested three people, eight in total with those from the coast.", 8)]
    [InlineData("La Policía Nacional detuvo a cinco personas en Sevilla. En Huelva fueron detenidas dos personas, siete en total con las de Sevilla.", 7)]
    [InlineData("A Polícia Federal prendeu seis pessoas em Manaus. Em Belém foram presas três pessoas, nove no total com as de Manaus.", 9)]
    public void ATotalFollowedByAPhraseAboutItIsTheTotal(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("Neuf personnes ont été interpellées à Nador par la Gendarmerie royale. Les autorités sénégalaises, alertées par Rabat, ont interpellé deux complices à Dakar.", 11)]
    [InlineData("A Polícia Judiciária deteve sete suspeitos no Porto. Dois cúmplices foram detidos em Vigo pela Guardia Civil.", 9)]
    [InlineData("The Kenya Police Service arrested six suspects in Mombasa. Kenyan detectives shared phone records with the Tanzania Police Force, which detained two accomplices.", 8)]
    [InlineData("La Policía Nacional del Perú detuvo a ocho personas en Tumbes. La Policía Nacional del Ecuador detuvo a tres cómplices en Huaquillas.", 11)]
    public void AnotherCountrysSideAddsItsOwnArrestsToTheHomeCount(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("Police in eleven countries arrested 90 people in an operation coordinated by INTERPOL. The Ghana Police Service arrested 12 suspects in Accra.", 90)]
    [InlineData("Twelve people were arrested in Kenya and Tanzania by the Kenya Police Service. The Tanzania Police Force detained four suspects in Arusha.", 12)]
    [InlineData("The Kenya Police Service arrested six suspects in Mombasa. The Tanzania Police Force then detained 20 people.", 20)]
    public void ASideOfAWholeAlreadyCountedOrALargerCountAddsNothing(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("La Gendarmerie nationale et l'Office français de la biodiversité ont détruit des campements près de Saül. Quinze bûcherons, pour la plupart venus du Cameroun, ont été interpellés.", 15)]
    [InlineData("La Policía Nacional del Perú y la Marina de Guerra del Perú intervinieron un aserradero en Pucallpa. Nueve madereros, casi todos de nacionalidad brasileña, fueron detenidos.", 9)]
    [InlineData("A Polícia Federal e o Ibama fiscalizaram uma serraria em Rondônia. Seis lenhadores, quase todos bolivianos, foram presos.", 6)]
    public void AnAsideAfterAnUnlistedPluralNounKeepsItsPassiveArrest(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void AnAsideAfterThingsDetainedCountsNoOne() =>
        Assert.Null(Arrests("La Armada de Chile y la Policía de Investigaciones abordaron dos pesqueros en Talcahuano. Dos buques, ambos con bandera de Togo, fueron detenidos."));

    [Theory]
    [InlineData("INTERPOL and Europol arrested 4 smugglers in Namanga —")]
    [InlineData("Europol y la Policía Nacional detuvieron a 4 contrabandistas en Colón —")]
    // The dash a wire's dateline ends on may close the sentence itself: nothing stands after it to read as a listed subject.
    public void ASentenceEndingOnADatelineDashIsReadWithoutFailing(string text) => Assert.Equal(4, Arrests(text));
}
