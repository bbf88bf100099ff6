using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Joining a span of tokens back into a name: the length counted beforehand and the characters written agree.</summary>
public sealed class JoinedNameTests
{
    [Theory]
    [InlineData("Harbourside Freight Co., Ltd", 5, "Harbourside Freight Co., Ltd")]
    [InlineData("Bluewater Securities (Thailand) PCL", 6, "Bluewater Securities (Thailand) PCL")]
    public void ANamesCommaAndBracketsAreWrittenAsInTheText(string text, int end, string expected)
    {
        var unit = new TextUnit(0, TextZone.Body, text);

        Assert.Equal(expected, unit.Join(0, end));
        Assert.Equal(expected.Length, unit.JoinedLength(0, end));
    }

    [Theory]
    [InlineData("Kestrel (, Ltd", 4)]
    [InlineData("Kestrel Co. (, Ltd", 5)]
    public void ACommaRightAfterAnOpeningBracketIsCountedAsItIsWritten(string text, int end)
    {
        var unit = new TextUnit(0, TextZone.Body, text);

        var joined = unit.Join(0, end);

        Assert.Equal(unit.JoinedLength(0, end), joined.Length);
        Assert.EndsWith("(, Ltd", joined, StringComparison.Ordinal);
    }
}
