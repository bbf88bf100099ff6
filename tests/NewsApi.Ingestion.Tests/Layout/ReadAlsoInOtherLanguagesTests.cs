namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>"Read also" links inside a story, written in the site's own language; every name is invented.</summary>
public sealed class ReadAlsoInOtherLanguagesTests
{
    [Theory]
    [InlineData("Baca Juga: Timnas putri lolos ke semifinal")]
    [InlineData("Lire aussi : Le club signe un nouvel entraîneur")]
    [InlineData("Leia também: Clube anuncia novo treinador")]
    public void AReadAlsoLinkIsARelatedHeadlineNotBody(string link)
    {
        var draft = NewsDocumentParser.Parse($"""
            Veldhaven shuttler wins the home final

            JAKARTA, 15 June 2025 - Rasmus Veldhaven won the men's singles title on Sunday, beating his compatriot in three games.

            {link}

            Veldhaven said the home crowd had carried him through the deciding game.
            """);

        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains(link, StringComparison.Ordinal));
        Assert.Equal(2, draft.Body.Count);
    }
}
