namespace NewsApi.Ingestion.Tests.Html;

/// <summary>Text a page prints more than once, of which a reader sees one copy.</summary>
public sealed class HtmlRepeatedContentTests
{
    private static readonly string[] Paragraphs =
    [
        "The ferry between Tarnby and the outer islands will run twice a day from March, the shipping board said on Monday.",
        "Islanders had asked for a second crossing for years, saying one boat a day left them no way to reach the hospital and back.",
        "The board said a second hull, bought from a yard in the south, would be ready once its engines had been checked this winter.",
    ];

    [Fact]
    public void AnArticlePrintedOncePerScreenSizeIsReadOnce()
    {
        // Site builders print the text once per layout and let style sheets hide all but one; every copy came into the body.
        var copy = string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"));
        var html = $"""
            <html><head><title>Second ferry for the islands</title></head><body>
            <div class="page"><h1>Second ferry for the islands</h1>
            <div class="variant hidden-phone hidden-tablet"><div class="rich-text">{copy}</div></div>
            <div class="variant hidden-desktop hidden-tablet"><div class="rich-text">{copy}</div></div>
            <div class="variant hidden-desktop hidden-phone"><div class="rich-text">{copy}</div></div>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal(Paragraphs, draft.Body);
    }
}
