namespace NewsApi.Ingestion.Tests.Html;

/// <summary>Page furniture that holds prose of its own: a site's footer, forms' calls, boxes that sell something.</summary>
public sealed class HtmlPageFurnitureTests
{
    private const string ShortGuide = """
        <p>A careful check at the rental desk keeps unqualified drivers out of your vans and protects the fleet from avoidable damage.</p>
        <p>The Quillmoor guide covers the steps below.</p>
        <ul><li>Checking a licence at the desk</li><li>Renting to drivers from abroad</li><li>Reporting a loss</li></ul>
        """;

    private const string Disclaimers = """
        <p>This material does not replace the advice of a qualified adviser. Its information comes from sources believed to be reliable, is for
        information only, is not guaranteed as to accuracy, and may not reflect the current opinion of Ashcombe Mutual or of its partners.</p>
        <p>Products and services named here are for general information only. Always ask a qualified adviser before buying, and read the maker's
        instructions before use. Ashcombe Mutual cannot be held liable for the wrong use of any product. Insurance products are not insured by any
        government agency and may lose value. Call our Tarnwick office at 555-0142; to protect your privacy, do not send personal details by e-mail.</p>
        """;

    [Fact]
    public void APageFooterLongerThanAShortArticleIsNotTheArticle()
    {
        var html = $"""
            <html><head><title>Rental desk practice | Ashcombe Mutual</title></head><body>
            <main><section><h1>Rental desk practice</h1>{ShortGuide}</section></main>
            <footer id="page-footer"><section><h4>Offices</h4><p>Tarnwick, 14 Quay Road, Fenwarden</p>{Disclaimers}</section></footer>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("A careful check at the rental desk", draft.Body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("qualified adviser", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Body, p => p.Contains("14 Quay Road", StringComparison.Ordinal));
    }
}
