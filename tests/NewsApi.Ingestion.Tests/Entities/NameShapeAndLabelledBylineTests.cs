namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>People told by the shape of their names, and bylines under a "Words:" or "Text:" label; every name is invented.</summary>
public sealed class NameShapeAndLabelledBylineTests
{
    [Fact]
    public void AKoreanNameWithItsHyphenatedGivenNameIsAPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            Dutchman wins stage

            Dutchman takes the fourth stage from a small breakaway; Baek Jun-hwan becomes the first Asian rider to lead the race

            South Korea's Baek Jun-hwan of Jeonju Pro Cycling was third, nine seconds down.
            """);

        Assert.Contains(draft.People, p => p.Name == "Baek Jun-hwan");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Baek", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In-form Varnello won again on Sunday, the club said.")]
    [InlineData("Top-seeded Harwell beat the champion in straight sets on Sunday.")]
    public void AnEnglishCompoundBeforeANameIsNoGivenName(string sentence)
    {
        var draft = NewsDocumentParser.Parse("Results\n\n" + sentence);

        Assert.DoesNotContain(draft.People, p => p.Name.Contains('-', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Words: Ansgar Vollenweider   |   Photos: Maarten Ceulemans")]
    [InlineData("Text: Ansgar Vollenweider")]
    public void AWordsOrTextLabelOpensAByline(string bylineLine)
    {
        var draft = NewsDocumentParser.Parse($"""
            Ice sings on the lake

            {bylineLine}

            The ice on the lake began to sing on Monday night, researchers at the field station said, as temperatures fell to minus 25.
            """);

        Assert.Contains("Ansgar Vollenweider", draft.Byline);
    }
}
