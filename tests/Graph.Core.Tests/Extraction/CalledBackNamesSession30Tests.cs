using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 30 (issue 13): a body named once in full and called back later by an acronym, its initials or one word of its
/// name, each with what the rule must leave alone. The sentences are written for these tests.
/// </summary>
public sealed class CalledBackNamesSession30Tests
{
    private static IEnumerable<string> IdsOf(string text, string surface) =>
        Extract(text).Mentions.Where(m => m.Surface == surface).Select(m => m.ActorId);

    private static string IdOfFullName(string text, string name) =>
        Assert.Single(Extract(text).Mentions.Where(m => m.Surface == name).Select(m => m.ActorId).Distinct());

    [Fact]
    public void AnAcronymGivenInBracketsNamesTheBodyAgainWithItsPossessive()
    {
        const string text = "Inspectors of the Malawi Revenue Authority (MRA) stopped four lorries near Mwanza. "
            + "The MRA's investigators found 900 cartons of cigarettes hidden under maize.";

        Assert.Equal([IdOfFullName(text, "Malawi Revenue Authority")], IdsOf(text, "MRA"));
    }

    [Fact]
    public void ABracketedAcronymCalledBackMakesTheBodyTheLead()
    {
        const string text = "Officers of the Malawi Revenue Authority (MRA) and the police seized 30,000 litres of diesel near Mangochi. "
            + "The exercise, known as Operation Dry Pump, was carried out with the MRA's Enforcement Division at the helm.";

        var lead = Assert.Single(SingleEvent(text).LeadIds);
        Assert.Equal(IdOfFullName(text, "Malawi Revenue Authority"), lead);
    }

    [Fact]
    public void AnUndefinedAcronymOfABodysInitialsNamesIt()
    {
        const string text = "Zambia's Department of National Parks and Wildlife seized 40 tusks near Livingstone on Monday. "
            + "Two DNPW rangers were hurt when the suspects fled.";

        Assert.Equal(["agency:zambia-dnpw"], IdsOf(text, "DNPW"));
    }

    [Fact]
    public void InitialsLeavingOutTheNamesPlaceStillNameTheBody()
    {
        const string text = "Troopers of the Texas Department of Public Safety stopped a pickup near Laredo. "
            + "DPS investigators found 12 rifles under its bed.";

        Assert.Equal(["agency:texas-dps"], IdsOf(text, "DPS"));
    }

    [Fact]
    public void AnAcronymWithNoBodyOfThoseInitialsNamesNone()
    {
        const string text = "The Malawi Revenue Authority seized goods worth USD 40,000 at Mwanza. "
            + "The IS flag found in one lorry was handed to the CID.";

        Assert.Empty(IdsOf(text, "USD"));
        Assert.Empty(IdsOf(text, "IS"));
    }

    [Fact]
    public void ABracketAfterAPlaceNamesNoBody()
    {
        const string text = "Fishermen from Mozambique (MOZ) were detained by the Malawi Revenue Authority at Mangochi. "
            + "The MOZ crew was released.";

        Assert.Empty(IdsOf(text, "MOZ"));
    }

    [Fact]
    public void TheLastWordOfABodysNameAfterAnArticleNamesIt()
    {
        const string text = "The Malawi Revenue Authority seized 900 cartons of cigarettes at Mwanza. "
            + "According to the Authority, the cigarettes came from Mozambique.";

        Assert.Equal([IdOfFullName(text, "Malawi Revenue Authority")], IdsOf(text, "Authority"));
    }

    [Fact]
    public void ASpanishBodyIsCalledBackByItsNamesNounInTheSameSentence()
    {
        const string text = "La Secretaría de Marina informó que tres pescadores fueron detenidos en Ensenada, en una operación coordinada por la Marina desde su base naval.";

        Assert.Equal(["agency:mexico-semar"], IdsOf(text, "Marina"));
    }

    [Fact]
    public void AWordTwoNamedBodiesEndWithNamesNeither()
    {
        const string text = "The Guyana Police Force and the Guyana Defence Force searched boats on the Pomeroon River. "
            + "According to the Force, six men were detained.";

        Assert.Empty(IdsOf(text, "Force"));
    }

    [Fact]
    public void AShortFormThatOpensAnotherBodysLongerNameIsNotCalledBack()
    {
        const string text = "The migrants were questioned by the Public Relations Department of the coast guard. "
            + "They were then handed to the Department of Immigration, which will return them home.";

        Assert.DoesNotContain(Extract(text).Mentions, m => m.Surface == "Department");
    }

    [Fact]
    public void ASeatAtTheEndOfABodysNameIsNoShortFormOfIt()
    {
        const string text = "A Polícia Militar do Pará apreendeu 300 metros cúbicos de madeira em Altamira. "
            + "Segundo o governo, o Pará concentrou metade das apreensões do ano.";

        Assert.DoesNotContain(IdsOf(text, "Pará"), id => id.StartsWith("agency:", StringComparison.Ordinal));
    }

    [Fact]
    public void AWordGoingOnAsTheNameDoesNamesAnotherBody()
    {
        const string text = "Les agents de l'Office fédéral de la douane et de la sécurité des frontières ont saisi 14 statuettes à Genève. "
            + "L'Office fédéral de la culture a été consulté.";

        Assert.DoesNotContain(Extract(text).Mentions, m => m.Surface == "Office");
    }

    [Fact]
    public void AShortFormInAnotherCountrysSceneIsNotTheFirstCountrysBody()
    {
        const string text = "La Police nationale togolaise a interpellé six suspects à Lomé. "
            + "Au Gabon, la Police judiciaire a identifié onze victimes.";

        Assert.DoesNotContain(Extract(text).Mentions, m => m.Surface == "Police" && m.ActorId == "agency:togo-police");
    }

    [Fact]
    public void AKindWordAnotherBodysNameHoldsTooNamesNeither()
    {
        const string text = "The raids were carried out by the Singapore Police Force and the Royal Malaysia Police. "
            + "The Police have also frozen 14 bank accounts.";

        Assert.DoesNotContain(Extract(text).Mentions, m => m.Surface == "Police");
    }
}
