using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 14: bodies and countries a report names that did not act — a suspect's disguise ("posed as
/// officers of …") — and the demonyms, armed forces and shared native names that kept acting bodies out of the
/// graph ("Indian", "Uzbek", "the Paraguayan Army", Austria's "Bundeskriminalamt").
/// </summary>
public sealed class DisguiseAndDemonymTests
{
    private const string Opening = "PUNE, 14 May 2025 — ";

    private static List<Actor> Actors(string text) => [.. Extract(Opening + text).Actors];

    private static List<string> TakingPart(string text) => [.. SingleEvent(Opening + text).ParticipantIds];

    private static string IdOf(string text, string name) =>
        Actors(text).First(a => a.Name == name || a.Aliases.Contains(name)).Id;

    [Theory]
    [InlineData("The Maharashtra Police arrested nine callers who posed as officers of the Narcotics Control Bureau and the Enforcement Directorate.")]
    [InlineData("The Maharashtra Police arrested nine callers, who had been impersonating the Narcotics Control Bureau and the Enforcement Directorate.")]
    [InlineData("The Maharashtra Police arrested nine callers pretending to be agents of the Narcotics Control Bureau and the Enforcement Directorate.")]
    public void BodiesASuspectPretendedToBeTakeNoPart(string sentence)
    {
        var taking = TakingPart(sentence);

        Assert.Contains(IdOf(sentence, "Maharashtra Police"), taking);
        Assert.DoesNotContain(IdOf(sentence, "Narcotics Control Bureau"), taking);
        Assert.DoesNotContain(IdOf(sentence, "Enforcement Directorate"), taking);
    }

    [Fact]
    public void ACountryWhosePoliceWereOnlyImpersonatedTakesNoPart()
    {
        var taking = TakingPart("The Maharashtra Police arrested nine callers posing as Chinese police officers.");

        Assert.DoesNotContain("country:CN", taking);
        Assert.Contains("country:IN", taking);
    }

    [Fact]
    public void TheBodyThatArrestedTheImpersonatorsStillTakesPart() =>
        Assert.Contains("country:IN", TakingPart("Callers claimed to be bank staff; the Maharashtra Police arrested nine of them."));

    [Theory]
    [InlineData("Indian and Norwegian police officers traced the shipment together.", "IN")]
    [InlineData("Indian and Norwegian police officers traced the shipment together.", "NO")]
    [InlineData("Uzbek police and Tajik border guards stopped the lorries near Termez.", "UZ")]
    [InlineData("Uzbek police and Tajik border guards stopped the lorries near Termez.", "TJ")]
    [InlineData("Ecuadorian and Slovenian investigators traced the containers.", "EC")]
    [InlineData("Ecuadorian and Slovenian investigators traced the containers.", "SI")]
    public void DemonymsTheCountryTableSharedOrLackedNameTheirCountry(string sentence, string code) =>
        Assert.Contains("country:" + code, TakingPart(sentence));

    [Fact]
    public void TheIndianOceanIsNoMentionOfIndia() =>
        Assert.DoesNotContain("IN", Countries(Opening.Replace("PUNE", "PORT LOUIS") + "Mauritius police seized heroin shipped across the Indian Ocean."));

    [Fact]
    public void AnArmyTiedToItsCountryIsABody()
    {
        const string sentence = "Paraguay's anti-drug secretariat destroyed crops with logistical support from the Paraguayan Army.";

        var army = Actors(sentence).Single(a => a.Name == "Paraguayan Army");

        Assert.Equal("PY", army.CountryCode);
        Assert.Contains(army.Id, TakingPart(sentence));
    }

    [Fact]
    public void AnAttorneyGeneralsOfficeSeatedInACityIsABodyOfThatCitysCountry() =>
        Assert.Contains(Actors("The Office of the Attorney-General in Accra will take the case to court."),
            a => a.Kind == ActorKind.Agency && a.CountryCode == "GH" && a.Name == "Office of the Attorney-General");

    [Fact]
    public void TheBundeskriminalamtOfAReportAboutAustriaIsAustrias()
    {
        var countries = Countries("VIENNA, 3 June 2025 — Austria's Criminal Intelligence Service (Bundeskriminalamt) searched four flats in Graz.");

        Assert.Contains("AT", countries);
        Assert.DoesNotContain("DE", countries);
    }
}
