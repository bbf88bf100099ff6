namespace NewsApi.Formats;

/// <summary>The representations of one article that GET /api/articles/{idOrSlug} can give.</summary>
public enum ArticleFormat
{
    Json,
    JsonLd,
    Ninjs,
}

public static class ArticleMediaTypes
{
    public const string Json = "application/json";
    public const string JsonLd = "application/ld+json";
    public const string Ninjs = "application/ninjs+json";

    /// <summary>The values the `format` query parameter accepts, for browsers that cannot set Accept.</summary>
    public const string FormatPattern = "^(json|jsonld|ninjs)$";

    public const int FormatMaxLength = 6;

    public static readonly IReadOnlyList<string> Supported = [Json, JsonLd, Ninjs];

    public static string For(ArticleFormat format) => format switch
    {
        ArticleFormat.JsonLd => JsonLd,
        ArticleFormat.Ninjs => Ninjs,
        _ => Json,
    };

    public static ArticleFormat? FromQueryValue(string value) => value.ToLowerInvariant() switch
    {
        "json" => ArticleFormat.Json,
        "jsonld" => ArticleFormat.JsonLd,
        "ninjs" => ArticleFormat.Ninjs,
        _ => null,
    };
}
