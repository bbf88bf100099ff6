using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout.Chrome;

internal static partial class ChromeDetector
{
    private const int MaxDisclosureChars = 400;

    /// <summary>
    /// "This post contains affiliate links", "We may earn a commission from links on this page": the publisher's note on how it
    /// is paid for what the story recommends, printed over or inside any story of the kind, not part of it.
    /// </summary>
    /// <remarks>A story about affiliate marketing says what such links do; the note says that this page's links are such.</remarks>
    public static bool IsAffiliateDisclosure(string line) => line.Length <= MaxDisclosureChars
        // Two vectorized searches spare the pattern nearly every paragraph of a page.
        && (line.Contains("affiliate", StringComparison.OrdinalIgnoreCase) || line.Contains("commission", StringComparison.OrdinalIgnoreCase))
        && AffiliateDisclosure().IsMatch(line);

    [GeneratedRegex(@"\b(?:this|the|our) (?:post|article|page|story|guide|review|site|content)s? (?:may |might )?(?:contains?|includes?|features?|uses?) (?:some )?affiliate links?\b|\bwe (?:may|might|could|will) (?:earn|receive|get|make) (?:a |an )?(?:small )?(?:affiliate )?commission\b|\b(?:purchases|sales|anything you buy) (?:made )?through (?:our |these |the |any )?(?:affiliate )?links (?:on this (?:page|site) )?may earn\b|\bmay earn (?:us )?(?:a |an )?(?:small )?(?:affiliate )?commission\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AffiliateDisclosure();
}
