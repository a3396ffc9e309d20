using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 35 (issue 13): a report that says its operation was led by a unit it names as no body of its own ("led by the
/// unit", "spearheaded by the Marine Interdiction Section") was led by the body its opening shows doing the work, the
/// subject of the deed in its lede, however many header lines (byline, date) stand above it. A body that only speaks in
/// the opening leads nothing so, and neither does a deed's subject where the text tells no lead or names both a director
/// and a doer it cannot tie to bodies.
/// </summary>
public sealed class Session35LeadTests
{
    [Fact]
    public void TheDeedsSubjectLeadsAnOperationLedByAUnitNamedAsNoBody() =>
        Assert.Equal(
            ["agency:tanzania-tra"],
            SingleEvent("Revenue officers stop fuel smugglers on Lake Tanganyika\n\nBy a staff writer, Kigoma\nPublished: 4 May 2026\n\n"
                + "The Tanzania Revenue Authority has seized 60,000 litres of diesel from two barges on Lake Tanganyika and arrested six crew members.\n\n"
                + "The operation, code-named Operation Still Water, was spearheaded by the Marine Interdiction Section and supported by the Zambia Police Service.").LeadIds);

    [Fact]
    public void TheDeedsSubjectLeadsWhereTheUnitIsNamedBackByItsHeadNounOnly() =>
        Assert.Equal(
            ["agency:uganda-ura"],
            SingleEvent("The Uganda Revenue Authority has intercepted 300 cartons of smuggled cigarettes at the Busia border post.\n\n"
                + "A senior officer of the Revenue Protection Division said the operation, known as Operation Smoke Screen, was led by the division with help from the Kenya Police Service.").LeadIds);

    [Fact]
    public void TheLedeIsReadBelowABylineAndAHeadline() =>
        Assert.Equal(
            ["agency:guardia-civil"],
            SingleEvent("Por Redacción Sur | Cádiz | Publicado el 6 de mayo de 2026\n\nCae una red de lanchas en el Estrecho\n\n"
                + "Tras semanas de vigilancia, la Guardia Civil interceptó el sábado dos narcolanchas frente a Barbate en la Operación Bajamar. "
                + "La operación fue dirigida por el Grupo de Actividades Subacuáticas, con el apoyo de la Policía Nacional.").LeadIds);

    [Fact]
    public void ABodyThatOnlySpeaksInTheOpeningLeadsNothingSo() =>
        Assert.Empty(SingleEvent("Two barges carrying smuggled diesel were stopped on Lake Tanganyika and six crew members arrested, the Tanzania Revenue Authority said.\n\n"
            + "The operation, code-named Operation Still Water, was spearheaded by the Marine Interdiction Section and supported by the Zambia Police Service.").LeadIds);

    [Fact]
    public void TheDeedsSubjectLeadsNothingWhereTheTextTellsNoLead() =>
        Assert.Empty(SingleEvent("The Tanzania Revenue Authority has seized 60,000 litres of diesel from two barges on Lake Tanganyika and arrested six crew members.\n\n"
            + "The Zambia Police Service supported the operation, code-named Operation Still Water, from the southern shore.").LeadIds);

    [Fact]
    public void ADirectorAndADoerBothUnnamedLeaveTheLeadOpen() =>
        Assert.Empty(SingleEvent("The Tanzania Revenue Authority has seized 60,000 litres of diesel from two barges on Lake Tanganyika and arrested six crew members.\n\n"
            + "The operation, code-named Operation Still Water, was directed by the regional prosecutor and carried out by the Marine Interdiction Section, with the Zambia Police Service.").LeadIds);

    [Fact]
    public void ABodyNamedWithItsAcronymInBracketsOwnsTheOperationItModifies() =>
        Assert.Equal(
            ["agency:uganda-ura"],
            SingleEvent("Operation Dry Reed, a Uganda Revenue Authority (URA) operation carried out with the Kenya Police Service, stopped eleven lorries of smuggled sugar at Malaba.").LeadIds);

    [Fact]
    public void ALowerCaseHeadNounAfterTheNamesAgainTheBodyNamedBeforeIt() =>
        Assert.Equal(
            ["agency:nigeria-efcc"],
            SingleEvent("In Operation Clean Ledger, the Economic and Financial Crimes Commission arrested eleven suspects in Lagos and Abuja. "
                + "The commission led the operation; investigators of the Independent Corrupt Practices and Other Related Offences Commission took part in the searches.").LeadIds);

    [Fact]
    public void ACommitteeNamedAgainInASentenceOfNoBodyLeads() =>
        Assert.Equal(
            ["agency:capcco"],
            SingleEvent("The Central African Police Chiefs Committee brought together police from four countries in Operation Sahel Lake. The committee led the operation.").LeadIds);
}
