using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 27: "Operativo" is the Spanish operation word as much as "Operación" ("el Operativo Duna Blanca"), so a report that
/// tells two operations, one of each word, builds two events, each with its own name and count; the adjective "operativo" in a
/// unit's name names none. Every sentence is written for the test.
/// </summary>
public sealed class Session27OperationNounTests
{
    private const string TwoOperations =
        "Mendoza, 9 de marzo de 2026. Dos procedimientos separados terminaron esta semana en la provincia. "
        + "El primero, el Operativo Duna Blanca, fue realizado por la Gendarmería Nacional Argentina en Malargüe y dejó siete detenidos. "
        + "El segundo, la Operación Lagar, fue llevada adelante por la Policía Federal Argentina en San Rafael, donde fueron detenidas dos personas.";

    [Fact]
    public void TheOperativoIsAnOperationOfItsOwn()
    {
        var events = Extract(TwoOperations).Events;
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Name == "Operativo Duna Blanca" && e.Figures.GetValueOrDefault(FigureKeys.Arrests) == 7);
        Assert.Contains(events, e => e.Name == "Operación Lagar" && e.Figures.GetValueOrDefault(FigureKeys.Arrests) == 2);
    }

    [Theory]
    [InlineData("Salta, 9 de marzo de 2026. La Gendarmería Nacional Argentina y la Policía Federal Argentina llevaron a cabo el Operativo Quebrada Seca, que terminó con cuatro detenidos.", "Operativo Quebrada Seca")]
    [InlineData("Salta, 9 de marzo de 2026. La Gendarmería Nacional Argentina y la Policía Federal Argentina llevaron a cabo el operativo Quebrada Seca, que terminó con cuatro detenidos.", "Operativo Quebrada Seca")]
    public void TheOperativoKeepsItsWordInTheName(string text, string name) => Assert.Equal(name, SingleEvent(text).Name);

    [Fact]
    public void TheAdjectiveInAUnitsNameNamesNoOperation()
    {
        var text = "Salta, 9 de marzo de 2026. El Comando Operativo Conjunto de la Gendarmería Nacional Argentina y la Policía Federal Argentina detuvieron a cuatro personas en Orán.";
        Assert.Null(SingleEvent(text).Name);
    }
}
