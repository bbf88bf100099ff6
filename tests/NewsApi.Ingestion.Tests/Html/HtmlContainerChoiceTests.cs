namespace NewsApi.Ingestion.Tests.Html;

/// <summary>Which element the HTML path takes for the article when names, shapes and the headline disagree.</summary>
public sealed class HtmlContainerChoiceTests
{
    private const string Promo = """
        <div class="resources"><h3>White paper</h3><p>Our latest report compares nine help-desk suites on price, speed and
        support, and finds that none of them leads on all three; download it to learn which one suits a team of your size
        and how to move your tickets across without losing a week of work, and why the cheapest suite cost most in the end.</p>
        <p>Sign up with your work address and the report is in your inbox within the hour, with a summary for your manager.</p></div>
        """;

    private static string Headlines(int count) => "<ul class=\"list\">" + string.Concat(Enumerable.Range(1, count).Select(i =>
        $"<li><a href=\"/story/{i}\">Twelve things to know about the harbour works, part {i}</a></li>")) + "</ul>";

    [Fact]
    public void AWrapperNamedForSharingThatHoldsTheHeadlineAndParagraphsIsTheArticle()
    {
        // "share_wrapper" names furniture, and a promotion elsewhere holds more than a third of the page's prose, so the
        // two-thirds shield did not cover the article: the promotion was taken for it.
        var html = $"""
            <html><head><title>Flaws found in Norvale scanner</title></head><body>
            <div class="column"><div class="share_wrapper"><div class="article">
              <h1>Flaws found in Norvale scanner</h1>
              <p>A researcher has found flaws in the Norvale virus scanner that let a crafted file run code on any machine that scans it, he said on Tuesday.</p>
              <p>The flaws lie in the code that unpacks archives, which runs with full rights, and they can be reached by an email that is merely received.</p>
              <p>The vendor said it had fixed two of the four flaws and would ship the other fixes within a month, and that it knew of no attack.</p>
              <p>The researcher said that until then the scanner should not be used on mail servers or on any machine that holds valuable data.</p>
            </div></div></div>
            <div class="column">{Headlines(12)}{Promo}</div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("A researcher has found flaws", draft.Body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("help-desk", StringComparison.Ordinal));
    }
}
