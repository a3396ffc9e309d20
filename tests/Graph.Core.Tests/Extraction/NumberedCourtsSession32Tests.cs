using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 32 (issue 13): courts named head first with their seat and, where a seat has several, their ordinal ("a 3ª Vara
/// Criminal de Campinas"); two such courts named one after the other stay two. The sentences are written for these tests.
/// </summary>
public sealed class NumberedCourtsSession32Tests
{
    [Fact]
    public void ABrazilianCourtKeepsItsOrdinal()
    {
        var names = AgencyNames("São Paulo, 5 de abril de 2026\n\nOs mandados de prisão foram expedidos pela 3ª Vara Criminal de Campinas, a pedido da Polícia Civil de São Paulo.");
        Assert.Contains("3ª Vara Criminal de Campinas", names);
    }

    [Fact]
    public void ACourtWithAnUnlistedSeatIsTheReportCountrys()
    {
        var ids = ActorIds("Goiânia, 5 de abril de 2026\n\nA Vara Criminal de Trindade decretou a prisão preventiva dos quatro suspeitos detidos pela Polícia Civil de Goiás.");
        Assert.Contains("agency:br-vara-criminal-de-trindade", ids);
    }

    [Fact]
    public void TwoCourtsNamedTogetherStayTwo()
    {
        var names = AgencyNames("Boa Vista, 5 de abril de 2026\n\nAs buscas foram autorizadas pela Vara Criminal de Pacaraima e pela 1ª Vara Federal de Roraima, segundo a Polícia Federal.");
        Assert.Contains("Vara Criminal de Pacaraima", names);
        Assert.Contains("1ª Vara Federal de Roraima", names);
    }

    [Fact]
    public void APlainNumberBeforeACourtIsNoOrdinal()
    {
        // "2 Tribunal" is a count, not the second court: only a number with its ordinal ending written onto it is the court's.
        var names = AgencyNames("Lisboa, 5 de abril de 2026\n\nO Tribunal Judicial da Comarca de Setúbal ouviu os 12 detidos pela Polícia Judiciária.");
        Assert.Contains("Tribunal Judicial da Comarca de Setúbal", names);
        Assert.DoesNotContain(names, n => n.StartsWith("12", StringComparison.Ordinal));
    }

    private static HashSet<string> AgencyNames(string text) =>
        [.. Extract(text).Actors.Where(a => a.Kind == Graph.Core.Model.ActorKind.Agency).Select(a => a.Name)];
}
