namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A site's menu row over a headline in sentence case is no headline over a deck; every name is invented.</summary>
public sealed class MenuRowOverSentenceDeckTests
{
    [Fact]
    public void AMenuRowSharingASectionsNameWithTheStoryIsNoHeadline()
    {
        var draft = NewsDocumentParser.Parse("""
            Skip to content
            The Marrowby Courier
            Local news for Marrowby and the townships
            Home   News   Business   Community   Sports   Obituaries   Classifieds   Contact

            Fifty years of rye: three generations keep Marrowby's Tellmann bakery rising

            Posted on May 14, 2025 by Hedda Quist

            The line outside Tellmann's Bakery on Arthur Street starts forming at 6:45 a.m., a quarter of an hour before the doors open.

            The business has been in the family since 1975, when the founder arrived from Bremen with a sourdough starter.

            Community groups buy the day-old bread at half price every evening.
            """);

        Assert.Equal("Fifty years of rye: three generations keep Marrowby's Tellmann bakery rising", draft.Headline);
    }
}
