using Microsoft.Net.Http.Headers;

namespace NewsApi.Formats;

/// <summary>Picks the article representation from `format` or, failing that, from Accept with its quality values.</summary>
public static class ArticleFormatNegotiation
{
    /// <summary>The chosen format, or null when Accept names none of the supported types (the caller answers 406).</summary>
    public static ArticleFormat? Select(string? formatParameter, IList<string> acceptHeaders)
    {
        if (formatParameter is not null)
        {
            return ArticleMediaTypes.FromQueryValue(formatParameter);
        }
        if (acceptHeaders.Count == 0 || !MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted) || accepted.Count == 0)
        {
            // A malformed Accept is treated like none at all, as ASP.NET Core does for its own formatters.
            return ArticleFormat.Json;
        }

        ArticleFormat? best = null;
        (double Quality, int Specificity) bestRank = (0, -1);
        foreach (var format in Enum.GetValues<ArticleFormat>())
        {
            var offered = new MediaTypeHeaderValue(ArticleMediaTypes.For(format));
            // RFC 9110: the most specific range that matches a type gives its quality, so "*/*, application/ninjs+json;q=0" refuses ninjs.
            var range = accepted.Where(offered.IsSubsetOf).MaxBy(candidate => Specificity(candidate, offered));
            if (range is null || (range.Quality ?? 1.0) <= 0)
            {
                continue;
            }
            var rank = (range.Quality ?? 1.0, Specificity(range, offered));
            // Higher quality wins; at equal quality the type named outright beats a wildcard; json wins full ties by coming first.
            if (rank.CompareTo(bestRank) > 0)
            {
                best = format;
                bestRank = rank;
            }
        }
        return best;
    }

    // application/json matches application/ninjs+json by its +json suffix, so naming the type outright must rank above that.
    private static int Specificity(MediaTypeHeaderValue range, MediaTypeHeaderValue offered) =>
        range.MatchesAllTypes ? 0
        : range.MatchesAllSubTypes ? 1
        : range.MediaType.Equals(offered.MediaType, StringComparison.OrdinalIgnoreCase) ? 3
        : 2;
}
