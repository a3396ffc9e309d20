using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 27: one person arrested with no number, in an event that states no other count ("The skipper was arrested", "Le
/// passager a été interpellé"), is one arrest, as the corpus guidelines read it; a thing detained, a denied arrest and a count
/// stated elsewhere are left as they were. Every sentence is written for the test.
/// </summary>
public sealed class OnePersonArrestedTests
{
    private static int? Arrests(string text) =>
        SingleEvent(text).Figures.TryGetValue(FigureKeys.Arrests, out var arrests) ? arrests : null;

    [Theory]
    [InlineData("The Kenya Coast Guard Service and the Kenya Fisheries Service boarded a longliner off Lamu. The skipper, a foreign national, was arrested in Mombasa.")]
    [InlineData("La Prefectura Naval Argentina y la Armada Argentina abordaron un pesquero frente a Chubut. El capitán, de 51 años, fue detenido en Puerto Madryn.")]
    [InlineData("A Polícia Federal e o Ibama fiscalizaram uma serraria em Sinop. O dono da serraria, de 62 anos, foi preso em flagrante.")]
    [InlineData("La Gendarmerie nationale et la Douane ont contrôlé un camion à Perpignan. Le chauffeur, originaire de Valence, a été interpellé sur place.")]
    public void OnePersonArrestedIsOneArrest(string text) => Assert.Equal(1, Arrests(text));

    [Theory]
    [InlineData("The Kenya Coast Guard Service and the Kenya Fisheries Service boarded a longliner off Lamu. The skipper was taken into custody in Mombasa.")]
    [InlineData("La Marine nationale et la Douane ont arraisonné un chalutier au large de Ziguinchor. Le capitaine, de nationalité étrangère, a été placé en garde à vue à Dakar.")]
    public void OnePersonTakenIntoCustodyIsOneArrest(string text) => Assert.Equal(1, Arrests(text));

    [Fact]
    public void AMeetingHeldIsNoArrest() =>
        Assert.Null(Arrests("The Kenya Coast Guard Service and the Kenya Fisheries Service boarded a longliner off Lamu. The hearing was held in Mombasa."));

    [Fact]
    public void TwoPeopleArrestedOneByOneAreTwo() =>
        Assert.Equal(2, Arrests("The Kenya Coast Guard Service and the Kenya Fisheries Service boarded a longliner off Lamu. The skipper was arrested at sea. The owner was arrested the next day in Mombasa."));

    [Theory]
    [InlineData("The Kenya Coast Guard Service and the Kenya Fisheries Service boarded a longliner off Lamu. The vessel was detained in Mombasa.")]
    [InlineData("The Kenya Coast Guard Service and the Kenya Fisheries Service boarded a longliner off Lamu. The skipper was not arrested.")]
    [InlineData("La Gendarmerie nationale et la Douane ont contrôlé un camion à Perpignan. Le camion a été arrêté à la frontière.")]
    public void AThingDetainedOrAnArrestDeniedIsNone(string text) => Assert.Null(Arrests(text));

    [Fact]
    public void AStatedCountIsKept() =>
        Assert.Equal(4, Arrests("The Kenya Coast Guard Service and the Kenya Fisheries Service arrested four crew members off Lamu. The skipper was arrested in Mombasa."));
}
