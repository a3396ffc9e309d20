using Graph.Core.Operations;

namespace Graph.Core.Tests.Operations;

public sealed class OperationNameTests
{
    [Theory]
    [InlineData("Operation Pangea XVI", "pangea 16")]
    [InlineData("Pangea 16", "pangea 16")]
    [InlineData("Operation Pangea-16", "pangea 16")]
    [InlineData("Operação Rio Turvo", "rio turvo")]
    [InlineData("Operation First Light 2024", "first light 2024")]
    [InlineData("Operation Trojan Shield", "trojan shield")]
    [InlineData("Operation Civil", "civil")]
    public void NamesAreComparedFoldedWithoutTheOperationWordAndWithDigitSerials(string name, string key) =>
        Assert.Equal(key, OperationName.Parse(name)!.Key);

    [Fact]
    public void ANameOfOnlyTheOperationWordIsNoName() => Assert.Null(OperationName.Parse("Operation"));

    [Fact]
    public void NamesALetterApartWithTheSameSerialAreNearButOtherSerialsAreNot()
    {
        static EventFacts Event(long id, string name, int day) =>
            new(id, id, name, "cybercrime", new DateOnly(2024, 3, day), new HashSet<string> { "agency:europol" });

        Assert.Equal(LinkRule.NearName, OperationMatcher.Match(Event(2, "Operation Pangaea 16", 3), [Event(1, "Operation Pangea 16", 1)])?.Rule);
        Assert.Null(OperationMatcher.Match(Event(2, "Operation Pangea 17", 3), [Event(1, "Operation Pangea 16", 1)]));
        Assert.Null(OperationMatcher.Match(Event(2, "Operation Shield", 3), [Event(1, "Operation Sword", 1)]));
    }
}
