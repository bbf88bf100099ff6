using System.Globalization;

namespace NewsApi.Ingestion.Tests.Properties;

/// <summary>
/// What must hold of <see cref="NewsDocumentParser.ParseHtml"/>'s answer for any page at all. Compiled into both the
/// property tests and the AFL harness (fuzz/NewsApi.Ingestion.Fuzz links this file, as it does <see cref="DraftInvariants"/>).
/// </summary>
internal static class HtmlDraftInvariants
{
    // Markup a reader never sees as text; a body paragraph holding it took in a script or a style sheet.
    private static readonly string[] RawTags = ["<script", "</script", "<style", "</style"];

    // Ways a page can legitimately show "<script" as text: entities (&lt;), JSON escapes in JSON-LD (\u003c), the
    // elements whose content is shown as written (xmp, noembed, noframes, plaintext), and a '<' kept as text (see
    // HasTextLessThan). Where a page uses none of them, "<script" in the body can only have come from markup.
    private static readonly string[] MarkupAsTextMeans = ["&", "\\", "xmp", "noembed", "noframes", "plaintext"];

    /// <summary>
    /// Parses the page and lists every invariant the result breaks; any exception but the two typed ones escapes.
    /// <paramref name="hiddenMarkers"/> are strings the page holds only inside script or style elements: none may reach the body.
    /// </summary>
    public static IReadOnlyList<string> Check(string html, IReadOnlyCollection<string>? hiddenMarkers = null, Action<ArticleDraft>? observe = null)
    {
        ArticleDraft draft;
        try
        {
            draft = NewsDocumentParser.ParseHtml(html, "property.html");
        }
        catch (EmptyDocumentException)
        {
            return string.IsNullOrWhiteSpace(html) ? [] : ["EmptyDocumentException for a page that is not blank"];
        }
        catch (NoArticleException)
        {
            return string.IsNullOrWhiteSpace(html) ? ["NoArticleException for a blank page"] : [];
        }
        observe?.Invoke(draft);
        return Check(html, draft, hiddenMarkers);
    }

    public static IReadOnlyList<string> Check(string html, ArticleDraft draft, IReadOnlyCollection<string>? hiddenMarkers = null)
    {
        var problems = new List<string>();
        foreach (var (field, value) in DraftInvariants.TextFields(draft))
        {
            if (value.Contains('\u00A0', StringComparison.Ordinal))
            {
                problems.Add($"{field} holds U+00A0: {DraftInvariants.Show(value)}");
            }
        }
        if (draft.Headline.Length == 0)
        {
            problems.Add("the headline is empty");
        }

        var checkRawTags = !MarkupAsTextMeans.Any(means => html.Contains(means, StringComparison.OrdinalIgnoreCase)) && !HasTextLessThan(html);
        for (var i = 0; i < draft.Body.Count; i++)
        {
            var paragraph = draft.Body[i];
            if (checkRawTags && RawTags.FirstOrDefault(tag => paragraph.Contains(tag, StringComparison.OrdinalIgnoreCase)) is { } tag)
            {
                problems.Add($"body[{i}] holds {tag}: {DraftInvariants.Show(paragraph)}");
            }
            if (hiddenMarkers?.FirstOrDefault(marker => paragraph.Contains(marker, StringComparison.Ordinal)) is { } marker)
            {
                problems.Add($"body[{i}] holds {marker}, which the page has only inside a script or style: {DraftInvariants.Show(paragraph)}");
            }
        }

        if (draft.PublishedAt is { } published && published.Offset != TimeSpan.Zero)
        {
            problems.Add($"publishedAt {published.ToString("O", CultureInfo.InvariantCulture)} is not UTC");
        }
        if (draft.CanonicalUrl is { } canonical && !IsAbsoluteHttp(canonical))
        {
            problems.Add($"canonicalUrl is not an absolute http(s) address: {DraftInvariants.Show(canonical)}");
        }
        for (var i = 0; i < draft.Images.Count; i++)
        {
            if (draft.Images[i].Url is { } url && !IsAbsoluteHttp(url))
            {
                problems.Add($"images[{i}].url is not an absolute http(s) address: {DraftInvariants.Show(url)}");
            }
        }
        if (draft.Lead != (draft.Body.Count > 0 ? draft.Body[0] : ""))
        {
            problems.Add("lead is not the first body paragraph");
        }
        return problems;
    }

    /// <summary>
    /// A '&lt;' that the tokenizer keeps as text: one not followed by a letter, '/', '!' or '?'. The normalizer then drops
    /// the control or invisible character after it ("&lt;\u007Fscript" reads "&lt;script"), as AFL found at once.
    /// </summary>
    private static bool HasTextLessThan(string html)
    {
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0; i = html.IndexOf('<', i + 1))
        {
            if (i + 1 >= html.Length || !(char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?'))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAbsoluteHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
        && !url.Any(char.IsWhiteSpace);
}
