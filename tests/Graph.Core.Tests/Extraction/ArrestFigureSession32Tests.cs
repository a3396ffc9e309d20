using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 32: in Spanish, Portuguese and French, an ordinal before a person in the singular that an arrest verb
/// governs, after arrests already counted, tells the arrests up to that person; one told by an ordinal but not caught adds none.
/// </summary>
public sealed class ArrestFigureSession32Tests
{
    private static int? Arrests(string text) =>
        SingleEvent(text).Figures.TryGetValue(FigureKeys.Arrests, out var arrests) ? arrests : null;

    [Theory]
    [InlineData("La Guardia Civil detuvo a dos hombres en Huelva. Días después, la Policía Nacional detuvo en Sevilla a un tercer sospechoso.", 3)]
    [InlineData("A GNR deteve dois homens em Faro. Na semana seguinte, a Polícia Judiciária deteve em Lisboa um terceiro suspeito.", 3)]
    [InlineData("La Gendarmerie a interpellé deux hommes à Lille. Un troisième individu a été interpellé à Lyon par la Police nationale.", 3)]
    public void AnOrdinalPersonArrestedAfterACountTellsTheArrests(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Theory]
    [InlineData("La Gendarmerie a interpellé deux hommes à Lille avec la Police nationale. Un troisième suspect, le chauffeur, est toujours recherché.")]
    [InlineData("A GNR e a Polícia Judiciária detiveram dois homens em Faro. Um terceiro suspeito, o motorista, não foi detido.")]
    [InlineData("La Guardia Civil y la Policía Nacional detuvieron a dos hombres en Huelva. Un tercer sospechoso no fue detenido.")]
    public void AnOrdinalPersonNotCaughtAddsNoArrest(string text) => Assert.Equal(2, Arrests(text));

    [Fact]
    public void AnOrdinalWithNoEarlierCountTellsNoArrests() =>
        Assert.Null(Arrests("La Guardia Civil y la Policía Nacional registraron una nave en Huelva. Días después detuvieron en un cuarto trastero del puerto a un hombre."));
}
