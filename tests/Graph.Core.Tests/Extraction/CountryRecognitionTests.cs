using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

public sealed class CountryRecognitionTests
{
    [Theory]
    [InlineData("Officers from the Kingdom of Spain travelled to Lisbon.", "ES")]
    [InlineData("The suspect was extradited to the UK last week.", "GB")]
    [InlineData("Police in Côte d'Ivoire opened an inquiry.", "CI")]
    [InlineData("Police in Cote d'Ivoire opened an inquiry.", "CI")]
    [InlineData("Investigators in the Netherlands seized servers.", "NL")]
    [InlineData("Authorities in the U.S. filed charges.", "US")]
    [InlineData("Türkiye and Greece signed the agreement.", "TR")]
    public void FindsCountriesByCommonOfficialAndShortNames(string text, string code) =>
        Assert.Contains(code, Countries(text));

    [Fact]
    public void DemonymsBeforeAuthoritiesStandForTheCountry() =>
        Assert.Equal(["ES", "NL"], Countries("Dutch police and Spanish authorities searched twelve homes.").Order());

    [Fact]
    public void TheLongestNameWinsSoGuineaIsNotFoundInsideOtherCountries() =>
        Assert.Equal(["GQ", "GW", "PG"], Countries("Papua New Guinea, Equatorial Guinea and Guinea-Bissau joined.").Order());

    [Fact]
    public void NamesWithCommasAndBracketsAreReadWhole()
    {
        var extraction = Graph.Core.Extraction.ReportExtractor.Default.Extract(
            "Police of the Cocos (Keeling) Islands and of Saint Helena, Ascension and Tristan da Cunha joined.");
        Assert.Equal(["Cocos (Keeling) Islands", "Saint Helena, Ascension and Tristan da Cunha"],
            extraction.Mentions.Where(m => m.ActorId.StartsWith("country:", StringComparison.Ordinal)).Select(m => m.Surface));
        Assert.Equal(["CC", "SH"], Countries("Police of the Cocos (Keeling) Islands and of Saint Helena, Ascension and Tristan da Cunha joined."));
    }

    [Fact]
    public void NigerAndNigeriaAreTwoCountries() =>
        Assert.Equal(["NE", "NG"], Countries("Police from Niger and Nigeria met at the border.").Order());

    [Fact]
    public void TheNigerDeltaIsNotNiger() =>
        Assert.DoesNotContain("NE", Countries("Fighting continued in the Niger Delta region of Nigeria."));

    [Fact]
    public void JordanAsANameIsNotTheCountry()
    {
        Assert.DoesNotContain("JO", Countries("The detective, Jordan Miles, gave evidence."));
        Assert.Contains("JO", Countries("Police in Jordan arrested two men."));
    }

    [Fact]
    public void ChadAsAFirstNameIsNotTheCountry() =>
        Assert.DoesNotContain("TD", Countries("Spokesman Chad Wilson declined to comment."));

    [Fact]
    public void GeorgiaTheUsStateIsNotTheCountry()
    {
        Assert.DoesNotContain("GE", Countries("The servers were hosted in Atlanta, Georgia."));
        Assert.Contains("GE", Countries("Authorities in Georgia and Armenia exchanged files."));
    }

    [Fact]
    public void TurkeyTheMeatIsNotTheCountry()
    {
        Assert.DoesNotContain("TR", Countries("Inspectors found frozen turkey in the lorry."));
        Assert.DoesNotContain("TR", Countries("The raids took place on Turkey Day."));
    }

    [Theory]
    [InlineData("Police in Turkey arrested six people.")]
    [InlineData("Officers from Türkiye and Greece met in Athens.")]
    [InlineData("Turkish police joined the action.")]
    public void TurkeyIsNamedByItsEnglishNameItsOwnAndItsDemonym(string text) =>
        Assert.Contains("TR", Countries(text));

    [Fact]
    public void MemberStatesAreNotTheUnitedStates() =>
        Assert.Empty(Countries("Police from several EU Member States took part."));

    [Fact]
    public void RegionsAreNotCountries() =>
        Assert.Empty(Countries("Networks across Latin America, West Africa, Eastern Europe and the Balkans were hit."));

    [Fact]
    public void SouthAfricaIsACountryWhereAfricaIsNot() =>
        Assert.Equal(["ZA"], Countries("Police in South Africa and elsewhere in Africa took part."));

    [Fact]
    public void DominicaIsNotTheDominicanRepublic()
    {
        Assert.Equal(["DO"], Countries("Police in the Dominican Republic arrested him."));
        Assert.Equal(["DM"], Countries("Police in Dominica arrested him."));
    }

    [Fact]
    public void TheTwoCongosAreTellApart() =>
        Assert.Equal(["CD", "CG"], Countries("Officers from DR Congo and the Republic of the Congo met.").Order());

    [Fact]
    public void TheTwoKoreasAreToldApart() =>
        Assert.Equal(["KP", "KR"], Countries("South Korea accused hackers working for North Korea.").Order());

    [Fact]
    public void ADemonymForACrimeMilieuOrALanguageNamesNoCountry()
    {
        Assert.Equal(["CA"], Countries("Canadian police said the ring had ties to Albanian gangs and Italian organised crime."));
        Assert.Equal(["CA"], Countries("Canadian police warned Spanish-speaking callers."));
    }

    [Fact]
    public void ASuspectsNationalityIsStillAMention() =>
        Assert.Equal(["CA", "RU"], Countries("Canadian police charged two Russian nationals.").Order());
}
