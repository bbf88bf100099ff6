namespace NewsApi.Ingestion.Html;

/// <summary>What a page says about itself in JSON-LD, OpenGraph, Twitter cards and <c>&lt;meta&gt;</c>, before any of its text is read.</summary>
internal sealed record PageMetadata
{
    public string? Headline { get; init; }
    public string? OpenGraphTitle { get; init; }
    public string? DocumentTitle { get; init; }
    public string? SiteName { get; init; }
    public string? Description { get; init; }
    public string? Section { get; init; }
    public string? CanonicalUrl { get; init; }

    /// <summary>The article's text as the publisher's JSON-LD gives it (<c>articleBody</c>), often without paragraph breaks.</summary>
    public string? ArticleBody { get; init; }

    /// <summary>The raw stamp as written ("2024-03-09T14:05:00+01:00"), parsed later so that every source goes through one parser.</summary>
    public string? PublishedRaw { get; init; }
    public string? ModifiedRaw { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? ImageUrl { get; init; }
    public string? ImageCaption { get; init; }

    /// <summary>True when JSON-LD declared an article type; a page that declares none may still be one.</summary>
    public bool DeclaresArticle { get; init; }
}
