using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Issue 17, third pass: countries Spanish, Portuguese and French name without their authorities taking part.</summary>
public sealed class RomancePlaceTests
{
    [Theory]
    [InlineData("La Guardia Civil y Europol siguieron a un cabecilla localizado en los Emiratos Árabes Unidos.", "country:AE")]
    [InlineData("A Polícia Federal e a Receita Federal procuram o chefe do grupo, que vive no Uruguai.", "country:UY")]
    [InlineData("L'OFAST et la Guardia Civil recherchent le principal suspect, installé au Maroc depuis 2020.", "country:MA")]
    [InlineData("La Policía Federal Argentina y la SENAD hallaron fusiles vendidos a bandas del sur de Brasil.", "country:BR")]
    public void ACountryNamedAsAPlaceIsMentionedButTakesNoPart(string text, string country)
    {
        Assert.Contains(country, ActorIds(text));
        Assert.DoesNotContain(country, SingleEvent(text).ParticipantIds);
    }

    [Theory]
    [InlineData("La Policía Nacional y Europol informaron de que hubo también detenciones en la Argentina.", "country:AR")]
    [InlineData("La Gendarmerie nationale et Europol indiquent que des saisies ont été réalisées en Pologne.", "country:PL")]
    public void PoliceWorkInACountryStillMakesItAParty(string text, string country) =>
        Assert.Contains(country, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("En el Ecuador, la Policía Nacional y la DEA desarticularon una red.", "country:EC")]
    [InlineData("Au Mali, les douaniers et la Gendarmerie nationale ont démantelé un entrepôt.", "country:ML")]
    public void APlaceOpeningTheSentenceIsTheCountryOfTheBodiesAfterIt(string text, string country) =>
        Assert.Contains(country, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Lyon (Francia), 30 de septiembre de 2024 — INTERPOL y la Policía Nacional de Colombia detuvieron a 76 personas.", "country:FR")]
    [InlineData("Alger (Algérie), 15 octobre 2024 – AFRIPOL et INTERPOL ont coordonné une opération contre les escroqueries.", "country:DZ")]
    public void TheCountryOfADatelineCityInBracketsIsWhereTheReportWasWritten(string text, string country)
    {
        Assert.Contains(country, ActorIds(text));
        Assert.DoesNotContain(country, SingleEvent(text).ParticipantIds);
    }

    [Fact]
    public void AnEnglishCountryWherePoliceWorkedAfterInStillTakesPart() =>
        Assert.Contains("country:PT", SingleEvent("Europol and the Guardia Civil said arrests were also made in Portugal.").ParticipantIds);

    [Theory]
    [InlineData("La police judiciaire fédérale et Europol ont arrêté des Tunisiens, des Algériens et un Belge.", "country:DZ")]
    [InlineData("La Guardia Civil y Europol detuvieron a los colombianos en Algeciras.", "country:CO")]
    public void ADemonymAloneAfterAPluralArticleIsPeople(string text, string country)
    {
        Assert.Contains(country, ActorIds(text));
        Assert.DoesNotContain(country, SingleEvent(text).ParticipantIds);
    }

    [Theory]
    [InlineData("La Guardia Civil y Europol desmantelaron la red. En 2019 la misma red ya había sido investigada por los Carabinieri.", "agency:carabinieri")]
    [InlineData("O SERNIC e a Interpol detiveram seis pessoas. Em março, a Polícia Nacional de Angola tinha apreendido marfim em Luanda.", "agency:angola-police")]
    [InlineData("La police fédérale belge et Europol ont démantelé la filière. En 2022, une filière semblable avait été démantelée par la Police nationale.", "agency:police-nationale")]
    public void ABodyInABackgroundSentenceAboutAnEarlierCaseTakesNoPart(string text, string body)
    {
        Assert.Contains(body, ActorIds(text));
        Assert.DoesNotContain(body, SingleEvent(text).ParticipantIds);
    }

    [Fact]
    public void ASentenceOpeningWithADateButToldInThePastTenseStillTakesPart() =>
        Assert.Contains("agency:carabinieri", SingleEvent("En 2023 la Guardia Civil y los Carabinieri detuvieron a doce personas.").ParticipantIds);

    [Theory]
    [InlineData("La direction interdépartementale de la police nationale et Europol ont démantelé le réseau.", "agency:police-nationale")]
    [InlineData("Le service national de douane judiciaire (SNDJ) et Europol ont saisi la cargaison.", "agency:french-customs")]
    [InlineData("La Douane sénégalaise a travaillé avec les douanes maliennes.", "agency:mali-customs")]
    [InlineData("L'enquête a été dirigée par la juridiction interrégionale spécialisée (JIRS) de Lyon, avec Europol.", "agency:france-jirs")]
    public void FrenchDirectoratesServicesAndLowerCaseCustomsAreTheirBody(string text, string body) =>
        Assert.Contains(body, SingleEvent(text).ParticipantIds);
}
