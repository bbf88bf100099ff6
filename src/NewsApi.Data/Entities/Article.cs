namespace NewsApi.Data.Entities;

public sealed class Article
{
    public const int SlugMaxLength = 160;
    public const int HeadlineMaxLength = 300;
    public const int StandfirstMaxLength = 1000;
    public const int SectionMaxLength = 100;
    public const int SourceMaxLength = 100;
    public const int DatelineMaxLength = 100;
    public const int SourceDocumentNameMaxLength = 260;
    public const int ContentHashLength = 64;
    public const int ParserVersionMaxLength = 20;

    /// <summary>Longer than most browsers' practical limit for a page address, short enough to index.</summary>
    public const int CanonicalUrlMaxLength = 2048;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Headline { get; set; }
    public bool HeadlineDerived { get; set; }
    public string? Standfirst { get; set; }
    public string? Section { get; set; }
    public required string Lead { get; set; }

    /// <summary>Paragraphs in order; stored as a JSON array column.</summary>
    public List<string> Body { get; set; } = [];
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>True when the page gave a date without a time; <see cref="PublishedAt"/> is then midnight UTC.</summary>
    public bool PublishedDateOnly { get; set; }
    public string? Source { get; set; }
    public string? Dateline { get; set; }
    public int WordCount { get; set; }
    public string? SourceDocumentName { get; set; }

    /// <summary>The page's own absolute address (link rel=canonical, og:url or JSON-LD url) when the source was HTML.</summary>
    public string? CanonicalUrl { get; set; }
    public required string ContentHash { get; set; }
    public required string ParserVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, renewed by <see cref="NewsDbContext"/> on every write of the row.</summary>
    public Guid Version { get; set; }

    public List<ArticlePerson> People { get; set; } = [];
    public List<ArticleOrganization> Organizations { get; set; } = [];
    public List<ArticleTag> Tags { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
    public List<Image> Images { get; set; } = [];
    public List<RelatedHeadline> RelatedHeadlines { get; set; } = [];
}
