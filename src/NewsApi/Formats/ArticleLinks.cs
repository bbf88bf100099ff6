using System.Globalization;

namespace NewsApi.Formats;

/// <summary>Absolute addresses of API resources, so that standard formats can identify things by URI.</summary>
public sealed record ArticleLinks(string BaseUrl)
{
    public static ArticleLinks For(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}");

    public string Article(string slug) => $"{BaseUrl}/api/articles/{Uri.EscapeDataString(slug)}";

    public string Person(string slug) => $"{BaseUrl}/api/people/{Uri.EscapeDataString(slug)}";

    public string Organization(string slug) => $"{BaseUrl}/api/organizations/{Uri.EscapeDataString(slug)}";

    public string Tag(string slug) => $"{BaseUrl}/api/tags/{Uri.EscapeDataString(slug)}";

    /// <summary>Images have no endpoint of their own, so they are fragments of their article.</summary>
    public string Image(string articleSlug, int position) => $"{Article(articleSlug)}#image-{position.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>ISO 8601 in UTC with a Z, the form both schema.org and ninjs readers expect.</summary>
    public static string Instant(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
