using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Session 28: English leads told by command with no lead verb, by an initiative, by "led it", and in longer lists of leads.</summary>
public sealed class Session28EnglishLeadTests
{
    [Fact]
    public void ABodyAtTheHelmOfAPhaseLeadsBesideTheCoordinator() =>
        Assert.Equal(["agency:europol", "agency:guardia-civil"],
            SingleEvent("Operation Sand Owl was coordinated by Europol, with the Guardia Civil at the helm of the field phase from a command post in Algeciras.").LeadIds.Order());

    [Fact]
    public void ABodyCarryingTheOperationOutAtTheHelmLeads() =>
        Assert.Contains("agency:guardia-civil",
            SingleEvent("Operation Sand Owl, which lasted three weeks, was carried out with the Guardia Civil at the helm. The Hellenic Police seized two boats.").LeadIds);

    [Fact]
    public void ABodyInChargeAtTheEndOfItsClauseLeadsItsSide() =>
        Assert.Equal(["agency:greece-police", "agency:guardia-civil"],
            SingleEvent("Operation Sand Owl was led in Spain by the Guardia Civil, while in Greece the Hellenic Police was in charge.").LeadIds.Order());

    [Fact]
    public void ABodyInChargeOfOnePartOfTheWorkOnlyTakesPart()
    {
        var operation = SingleEvent("Operation Sand Owl was coordinated by Europol. The Guardia Civil was in charge of transporting the seized birds to Madrid.");

        Assert.Equal(["agency:europol"], operation.LeadIds);
        Assert.Contains("agency:guardia-civil", operation.ParticipantIds);
    }

    [Fact]
    public void ABodyAtTheHelmOfAnOfficeDoesNotLeadTheOperation() =>
        Assert.DoesNotContain("agency:guardia-civil",
            SingleEvent("Operation Sand Owl was coordinated by Europol; the Guardia Civil at the helm of the national bird register checked the rings of the seized birds.").LeadIds);

    [Fact]
    public void TheBodyWhoseInitiativeTheOperationIsLeadsIt() =>
        Assert.Contains("agency:europol",
            SingleEvent("Operation Sand Owl is a Europol initiative, and this year the Guardia Civil and the Hellenic Police arrested 14 people in it.").LeadIds);

    [Fact]
    public void AnOperationThatIsAnInitiativeOfABodyIsLedByIt() =>
        Assert.Contains("agency:europol",
            SingleEvent("Operation Sand Owl was an initiative of Europol, and the Guardia Civil arrested 14 people in Cadiz.").LeadIds);

    [Fact]
    public void ABodyThatOnlyPraisesAnInitiativeDoesNotLead() =>
        Assert.DoesNotContain("agency:europol",
            SingleEvent("The Guardia Civil arrested 14 people in Operation Sand Owl, and Europol praised the initiative in a statement.").LeadIds);

    [Fact]
    public void ANamedBodyThatLedItInAQuoteLeads() =>
        Assert.Contains("agency:guardia-civil",
            SingleEvent("\"The Guardia Civil led it, and our colleagues in Athens searched the houses on their side within hours,\" the spokesman of Operation Sand Owl said.").LeadIds);

    [Fact]
    public void ABodyThatLedItSomewhereDoesNotLead() =>
        Assert.DoesNotContain("agency:guardia-civil",
            SingleEvent("In Operation Sand Owl the Hellenic Police seized a lorry after the Guardia Civil led it to the border crossing.").LeadIds);

    [Fact]
    public void AUnitNameWithAConjunctionDoesNotEndTheListOfLeads() =>
        Assert.Equal(["agency:greece-police", "agency:guardia-civil"],
            SingleEvent("Operation Sand Owl was jointly conducted by the Guardia Civil's Counter-Terrorism and Organised Crime Branch (CTOB) and the Hellenic Police, which arrested 14 people.").LeadIds.Order());

    [Fact]
    public void AnAcronymOfTwoWordsInBracketsDoesNotEndTheListOfLeads() =>
        Assert.Equal(["agency:greece-police", "agency:guardia-civil"],
            SingleEvent("Operation Sand Owl was carried out jointly by the Guardia Civil's Western Maritime Command (Flota I) and the Hellenic Police, which arrested 14 people.").LeadIds.Order());

    [Fact]
    public void TheSpeakersBodyLeadsWhenWeAndAPartnerLedThis() =>
        Assert.Contains("agency:cyprus-police",
            SingleEvent("\"We and the Hellenic Police led this jointly from the first day of Operation Sand Owl,\" a Cyprus Police spokesman told reporters.").LeadIds);

    [Fact]
    public void ABodyThatLedTheirsLeadsItsSide() =>
        Assert.Contains("agency:greece-police",
            SingleEvent("In Operation Sand Owl the Guardia Civil led the Spanish side and the Hellenic Police led theirs, arresting 14 people in Piraeus.").LeadIds);
}
