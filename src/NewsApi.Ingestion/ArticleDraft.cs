namespace NewsApi.Ingestion;

/// <summary>What the parser makes of one raw news document: layout, body and the entities it mentions.</summary>
public sealed record ArticleDraft
{
    public required string Headline { get; init; }
    public bool HeadlineDerived { get; init; }
    public string? Standfirst { get; init; }
    public string? Section { get; init; }

    /// <summary>UTC instant; midnight UTC when the page gives a date alone (then <see cref="PublishedDateOnly"/> is true).</summary>
    public DateTimeOffset? PublishedAt { get; init; }
    public bool PublishedDateOnly { get; init; }

    /// <summary>News agency credited in the dateline, such as "Reuters" in "COPENHAGEN, March 9 (Reuters) -".</summary>
    public string? Source { get; init; }
    public string? Dateline { get; init; }

    public IReadOnlyList<string> Byline { get; init; } = [];
    public IReadOnlyList<ContributorDraft> Contributors { get; init; } = [];

    /// <summary>The first body paragraph, without the dateline prefix.</summary>
    public required string Lead { get; init; }
    public IReadOnlyList<string> Body { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<ImageDraft> Images { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];

    public IReadOnlyList<PersonDraft> People { get; init; } = [];
    public IReadOnlyList<OrganizationDraft> Organizations { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];
    public IReadOnlyList<QuoteDraft> Quotes { get; init; } = [];

    public string? SourceName { get; init; }

    /// <summary>The page's own address (<c>&lt;link rel=canonical&gt;</c>, <c>og:url</c> or JSON-LD <c>url</c>), absolute; HTML input only.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>Lower-case hex SHA-256 of the normalized document text: the identity used for idempotent upserts.</summary>
    public required string ContentHash { get; init; }
    public string ParserVersion { get; init; } = NewsDocumentParser.Version;

    public int WordCount { get; init; }
}

public sealed record ContributorDraft(string Name, string Role);

/// <summary>A photo with its caption and credit; <paramref name="Url"/> is the absolute image address where the page gives one (HTML input).</summary>
public sealed record ImageDraft(string Caption, string? Credit, string? Url = null);

/// <summary>Where a person appears in an article; one person can have several.</summary>
public enum PersonRole
{
    Mentioned,
    Quoted,
    Byline,
    Contributor,
    Photographer,
    InCaption,
}

public sealed record PersonDraft
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Title { get; init; }
    public string? Organization { get; init; }
    public IReadOnlyList<PersonRole> Roles { get; init; } = [];
    public int Mentions { get; init; }
}

public sealed record OrganizationDraft
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Lower-case kind where the text shows it: "news agency", "ministry", "university", "company", "party", "research institute", "media", "journal"...</summary>
    public string? Kind { get; init; }
    public string? Parent { get; init; }
    public int Mentions { get; init; }
}

public sealed record QuoteDraft(string Text, string? Speaker, bool Partial);
