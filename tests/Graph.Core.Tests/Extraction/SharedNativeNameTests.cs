using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Issue 17: a native name several countries' bodies share names the body of the report's own country.</summary>
public sealed class SharedNativeNameTests
{
    [Theory]
    [InlineData("Madrid, 3 de marzo de 2024. La Policía Nacional detuvo a seis personas con el apoyo de Europol.", "agency:spain-national-police")]
    [InlineData("Lima, 3 de marzo de 2024. La Policía Nacional detuvo a seis personas con el apoyo de Europol.", "agency:peru-pnp")]
    [InlineData("Bogotá, 3 de marzo de 2024. La Policía Nacional detuvo a seis personas con el apoyo de Europol.", "agency:colombia-police")]
    public void TheDatelineCityDecidesWhichNationalPoliceIsMeant(string text, string police) =>
        Assert.Contains(police, SingleEvent(text).ParticipantIds);

    [Fact]
    public void WithoutADatelineTheCountryTheReportNamesDecides()
    {
        var cooperation = SingleEvent("En el Ecuador, la Policía Nacional y la DEA desarticularon una red que enviaba cocaína hacia los Países Bajos.");

        Assert.Contains("agency:ecuador-police", cooperation.ParticipantIds);
        Assert.DoesNotContain("country:ES", cooperation.ParticipantIds);
    }

    [Fact]
    public void ABareGendarmerieInAnAbidjanReportIsIvorian()
    {
        var cooperation = SingleEvent("Abidjan, le 4 mai 2023 – La Gendarmerie nationale a interpellé douze suspects avec l'appui d'INTERPOL.");

        Assert.Contains("agency:ivory-coast-gendarmerie", cooperation.ParticipantIds);
        Assert.DoesNotContain("country:FR", cooperation.ParticipantIds);
    }

    [Fact]
    public void TheSamePjIsGuineaBissausInABissauWireAndPortugalsInALisbonOne()
    {
        Assert.Contains("agency:guinea-bissau-pj", SingleEvent("Bissau, 09/12/2023 (Lusa) – A PJ deteve cinco tripulantes com o apoio do MAOC-N.").ParticipantIds);
        Assert.Contains("agency:portugal-pj", SingleEvent("Lisboa, 09/12/2023 (Lusa) – A PJ deteve cinco tripulantes com o apoio do MAOC-N.").ParticipantIds);
    }

    [Fact]
    public void ACityInsideALongerCityIsNotCounted() =>
        Assert.Contains("agency:angola-police", SingleEvent("Luanda, 2 de maio de 2023 – A Polícia Nacional deteve sete suspeitos com o apoio da Interpol.").ParticipantIds);

    [Fact]
    public void ABareFiscaliaIsTheProsecutionOfTheReportsCountry()
    {
        var cooperation = SingleEvent("Bogotá, 22 de agosto de 2024. La Fiscalía y la NCA británica encabezaron conjuntamente la investigación.");

        Assert.Equal(["agency:colombia-fiscalia", "agency:nca"], cooperation.LeadIds.Order());
        Assert.DoesNotContain("country:ES", cooperation.ParticipantIds);
    }
}
