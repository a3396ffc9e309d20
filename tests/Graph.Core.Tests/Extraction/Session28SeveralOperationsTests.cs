using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 28 (issue 13), reports that tell several operations: the next operation's name given as an apposition after a
/// word of its place ("The second operation, Salt Road, …"), an opener that sets the next operation apart and names it in
/// the same sentence, a lower-case operation word with a describing word before the name ("operação internacional Maré
/// Alta"), and the Portuguese "batizada de". Each has a test of what it must leave alone.
/// </summary>
public sealed class Session28SeveralOperationsTests
{
    private const string CedarLine =
        "ATHENS, 4 May 2026\n\nOperation Cedar Line, led by the Hellenic Police, dismantled a network that forged visas. Nine people were arrested.\n\n";

    [Theory]
    [InlineData("The second operation, Salt Road, was run by the Hellenic Coast Guard. Three people were arrested.", "Operation Salt Road")]
    [InlineData("A separate investigation, Grey Harbour, was led by the Hellenic Coast Guard. Three people were arrested.", "Operation Grey Harbour")]
    public void TheNextOperationsNameAfterItsPlaceAndACommaIsAnEvent(string second, string name)
    {
        var events = Extract(CedarLine + second).Events;

        Assert.Equal(["Operation Cedar Line", name], events.Select(e => e.Name));
        Assert.Equal(3, events[1].Figures["arrests"]);
        Assert.Equal(9, events[0].Figures["arrests"]);
    }

    [Fact]
    public void TheSecondOperationsApposedNameIsReadInSpanish()
    {
        var text = "MADRID, 4 may 2026 (EFE).- La Operación Roble, dirigida por la Policía Nacional, terminó con seis detenidos.\n\n"
            + "La segunda operación, Piedra Azul, fue dirigida por la Guardia Civil en Cádiz.";

        Assert.Equal(["Operación Roble", "Operation Piedra Azul"], Extract(text).Events.Select(e => e.Name));
    }

    [Theory]
    [InlineData("The operation, Inspector Hale said, was the largest this year.")]
    [InlineData("The second operation, carried out in March, was run by the same officers.")]
    [InlineData("The second operation, Europol said, was smaller.")]
    public void ACommaAsideAfterTheOperationNounNamesNothing(string sentence)
    {
        var events = Extract(CedarLine + sentence).Events;

        Assert.Equal("Operation Cedar Line", Assert.Single(events).Name);
    }

    [Fact]
    public void AnOpenerThatSetsTheNamedOperationApartStartsItsAccount()
    {
        var text = CedarLine + "In a separate operation, Operation Quiet Harbour, led by the Malta Police Force, two smugglers were arrested in Valletta.";
        var events = Extract(text).Events;

        Assert.Equal(["Operation Cedar Line", "Operation Quiet Harbour"], events.Select(e => e.Name));
        Assert.Contains("country:MT", events[1].ParticipantIds);
        Assert.DoesNotContain("country:MT", events[0].ParticipantIds);
    }

    [Fact]
    public void ASeparateCaseOfAnEarlierYearStaysBackground()
    {
        var text = CedarLine + "In a separate case in 2019, Operation Old Mill, led by the Malta Police Force, broke up a similar network.";
        var events = Extract(text).Events;

        Assert.DoesNotContain(events, e => e.ParticipantIds.Contains("country:MT"));
    }

    [Theory]
    [InlineData("A Polícia Judiciária deteve quatro pessoas na operação internacional Maré Alta, coordenada pela Europol.", "Operação Maré Alta")]
    [InlineData("La Gendarmerie nationale a mené l'opération conjointe Mer Calme avec la douane.", "Opération Mer Calme")]
    [InlineData("A operação, batizada de \"Pedra Lisa\", foi coordenada pela Polícia Judiciária.", "Operation Pedra Lisa")]
    public void ADescribedLowerCaseOperationWordOrBatizadaDeGivesTheName(string text, string name) =>
        Assert.Equal(name, SingleEvent(text).Name);

    [Theory]
    [InlineData("La Gendarmerie nationale a mené l'opération internationale contre les passeurs avec la douane.")]
    [InlineData("A Polícia Judiciária participou na operação internacional Europol contra a fraude.")]
    public void ADescribedOperationWordBeforeNoNameNamesNothing(string text) =>
        Assert.Null(SingleEvent(text).Name);
}

/// <summary>Session 28: a later operation's account goes on past a paragraph break for its participants, until a heading or another operation.</summary>
public sealed class Session28LaterOperationScopeTests
{
    private const string TwoOperations =
        "ATHENS, 4 May 2026\n\nOperation Cedar Line, led by the Hellenic Police, dismantled a network that forged visas. "
        + "Operation Cedar Line ended with nine arrests.\n\n"
        + "The other case, Operation Bronze Coin, was run by the Hellenic Police.\n\n"
        + "The Bundeskriminalamt searched an auction house in Munich and seized 400 coins.";

    [Fact]
    public void AParagraphAfterALaterOperationsParagraphIsStillAboutIt()
    {
        var events = Extract(TwoOperations).Events;

        Assert.Equal(["Operation Cedar Line", "Operation Bronze Coin"], events.Select(e => e.Name));
        Assert.Contains("country:DE", events[1].ParticipantIds);
        Assert.DoesNotContain("country:DE", events[0].ParticipantIds);
    }

    [Fact]
    public void AHeadingEndsTheLaterOperationsAccount()
    {
        var text = TwoOperations.Replace("\n\nThe Bundeskriminalamt", "\n\nCooperation abroad\n\nThe Bundeskriminalamt", StringComparison.Ordinal);
        var events = Extract(text).Events;

        Assert.DoesNotContain("country:DE", events[1].ParticipantIds);
    }

    [Fact]
    public void AnOperationNamedInPassingInsideAParagraphTakesNoParagraphsAfterIt()
    {
        var text = "ATHENS, 4 May 2026\n\nOperation Cedar Line, led by the Hellenic Police, dismantled a network that forged visas. "
            + "Operation Cedar Line ended with nine arrests.\n\nThe visas were printed in a flat in Patras. "
            + "Operation Paper Trail, run by the Cyprus Police, found the same printer in 2026.\n\n"
            + "The Bundeskriminalamt searched a flat in Munich for the Hellenic Police.";
        var events = Extract(text).Events;

        Assert.Contains("country:DE", events[0].ParticipantIds);
    }

    [Fact]
    public void AReportOfOneOperationStaysOneEventAcrossParagraphs()
    {
        var text = "ATHENS, 4 May 2026\n\nOperation Cedar Line, led by the Hellenic Police, dismantled a network that forged visas.\n\n"
            + "The Bundeskriminalamt searched an auction house in Munich.\n\nNine people were arrested.";
        var single = SingleEvent(text);

        Assert.Equal("Operation Cedar Line", single.Name);
        Assert.Contains("country:DE", single.ParticipantIds);
    }
}
