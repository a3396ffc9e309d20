using Graph.Core.Extraction;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Issue 17, fourth pass: arrest figures and lead cues as Spanish, Portuguese and French releases state them.</summary>
public sealed class RomanceFigureTests
{
    [Fact]
    public void OnceIsElevenInASpanishReportOnly()
    {
        Assert.Equal(11, SingleEvent("La Guardia Civil y Europol detuvieron a once personas en una operación conjunta.").Figures["arrests"]);

        var english = ReportExtractor.Default.Extract("Europol and the Guardia Civil once arrested people in a joint operation.", "en");
        Assert.DoesNotContain(english.Events, e => e.Figures.ContainsKey("arrests"));
    }

    [Theory]
    [InlineData("La Guardia Civil y Europol han detenido a once personas en España, a cinco en Portugal y a dos en Francia.", 18)]
    [InlineData("A Polícia Federal e a Europol prenderam onze suspeitos em São Paulo, quatro em Lisboa e dois nas Canárias.", 17)]
    [InlineData("L'OFAST et Europol ont interpellé quatorze personnes en France, six en Belgique et trois aux Pays-Bas.", 23)]
    public void CountsThatGoOnToOtherPlacesAddUpWhenNoTotalIsGiven(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures["arrests"]);

    [Theory]
    [InlineData("La Guardia Civil y la PJ informaron de que han sido detenidas 23 personas, diecinueve en España y cuatro en Portugal.", 23)]
    [InlineData("A PJ e a Guardia Civil informaram que foram detidas mais de vinte pessoas, doze das quais em Portugal.", 20)]
    [InlineData("INTERPOL et la police du Ghana ont interpellé plus de quarante personnes, dont vingt-sept à Abidjan et six à Accra.", 40)]
    public void PlacesAfterACountWithoutAPlaceBreakTheTotalDown(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures["arrests"]);

    [Fact]
    public void ATotalOfAnotherUnitIsNoArrestTotal() =>
        Assert.Equal(8, SingleEvent("Avec INTERPOL et la Douane sénégalaise, au total, 27 tonnes ont été saisies et huit personnes arrêtées.").Figures["arrests"]);

    [Theory]
    [InlineData("La Operación Faro, bajo la dirección del Cuerpo Nacional de Policía, contó con el apoyo de Europol.", "agency:spain-national-police")]
    [InlineData("A Operação Farol, a cargo da Polícia Judiciária, contou com o apoio da Guardia Civil e da Europol.", "agency:portugal-pj")]
    [InlineData("L'enquête, confiée à l'Office anti-stupéfiants, a bénéficié du soutien de la Police judiciaire fédérale belge.", "agency:ocrtis")]
    public void LeadCuesReadBeforeEveryContraction(string text, string lead) =>
        Assert.Equal([lead], SingleEvent(text).LeadIds);

    [Fact]
    public void TheBodyThatAnnouncesItDismantledANetworkLeadsWhenNoCueNamesALead()
    {
        var cooperation = SingleEvent("La Guardia Civil desarticula una red de narcolanchas con la Guarda Nacional Republicana portuguesa.");

        Assert.Equal(["agency:guardia-civil"], cooperation.LeadIds);
        Assert.Contains("agency:portugal-gnr", cooperation.ParticipantIds);
    }

    [Fact]
    public void ACountrysOnePoliceInLowerCaseIsThatBody() =>
        Assert.Contains("agency:ghana-police", SingleEvent("INTERPOL a coordonné l'opération avec la police du Ghana et la Douane ghanéenne.").ParticipantIds);

    [Fact]
    public void ANamingCueNamesTheOperationWordSeveralWordsBack() =>
        Assert.EndsWith("Baobab II", SingleEvent("Une vaste opération contre les faux médicaments, baptisée « Baobab II », a été menée par la police du Ghana sous la coordination d'INTERPOL.").Name);
}
