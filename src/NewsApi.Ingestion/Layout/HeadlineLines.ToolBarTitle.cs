using System.Text.RegularExpressions;
using NewsApi.Ingestion.Layout.Chrome;

namespace NewsApi.Ingestion.Layout;

/// <summary>A page's title right over its tool bar ("Print", "Choose text size", "Share"), with the deck or first line under the tools.</summary>
internal static partial class HeadlineLines
{
    // "Print" / "Choose text size": one button alone could be any short line of a sidebar; two make a bar.
    private const int MinToolBarLines = 2;

    /// <summary>
    /// "Harbour board sells the old pier" / "Print" / "Choose text size" / "License this article" / pick: the title stands right
    /// over the page's tools, and the model prefers the deck under them for standing next to the stamp or the text; -1 when the
    /// pick does not stand so. The tools hold no stamp or byline (<see cref="SignedTitleOverStamp"/> reads those), one of them at
    /// least is a known tool's label, and half the title's words, two at least, recur from the pick down, as a sidebar's item
    /// over a bar of buttons does not.
    /// </summary>
    private static int TitleOverToolBar(List<string> lines, int pick)
    {
        var tools = 0;
        var known = false;
        var k = pick - 1;
        while (k > 0 && tools < MaxToolLines && IsToolLine(lines[k]) && !IsBylineBlockLine(lines[k]))
        {
            // "Home", "> Sport", "> Cricket": a trail under a site's or a section's name, not a story's tools.
            if (lines[k].TrimStart().StartsWith('>') || IsArrowLink(lines[k]))
            {
                return -1;
            }
            known |= ChromeDetector.IsChrome(lines[k]);
            tools++;
            k--;
        }
        var title = lines[k];
        // A site's label over its bar ("from The Daily Ledger", "Crime & courts on ledger.com") opens in lower case or names its address.
        if (tools < MinToolBarLines || !known || !(char.IsUpper(title[0]) || char.IsDigit(title[0])) || WebAddress().IsMatch(title)
            || LayoutText.CountWords(title) > MaxStampedTitleWords || !IsTitleShaped(title) || IsNeverHeadline(title) || LooksLikeChromeTitle(title) || title.Contains(lines[pick], StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }
        return HalfOfTermsRecur(title, StoryTerms(lines, pick), minShared: 2) ? k : -1;
    }

    [GeneratedRegex(@"\b\w+\.(?:com|net|org|co|info|biz|io|news|tv)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();
}
