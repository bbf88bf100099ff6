using NewsApi.Ingestion;

namespace NewsApi.Ingest;

/// <summary>
/// An article as an editor writes it: the content itself, and the people, organizations and tags it refers to by slug.
/// The first body paragraph is the lead.
/// </summary>
public sealed record ArticleEdit
{
    public required string Headline { get; init; }
    public string? Standfirst { get; init; }
    public string? Section { get; init; }
    public required IReadOnlyList<string> Body { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? Source { get; init; }
    public string? Dateline { get; init; }
    public string? CanonicalUrl { get; init; }
    public IReadOnlyList<string> TagSlugs { get; init; } = [];
    public IReadOnlyList<PersonLinkEdit> People { get; init; } = [];
    public IReadOnlyList<string> OrganizationSlugs { get; init; } = [];
    public IReadOnlyList<ImageDraft> Images { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    public IReadOnlyList<QuoteEdit> Quotes { get; init; } = [];
}

/// <summary>A person the article shows, by slug; <see cref="ArticlePersonRoles.None"/> means mentioned.</summary>
public sealed record PersonLinkEdit(string Slug, string? Title, ArticlePersonRoles Roles);

/// <summary>A quotation; the speaker, by slug, is linked to the article as quoted.</summary>
public sealed record QuoteEdit(string Text, string? SpeakerSlug, bool Partial);

/// <summary>A slug in an edit that names no stored person or organization, at the request path that holds it (<c>people[1]</c>).</summary>
public sealed record UnknownReference(string Path, string Slug, string What);

/// <summary>The edit refers to people or organizations that do not exist; nothing was written.</summary>
public sealed class UnknownReferenceException(IReadOnlyList<UnknownReference> references)
    : ArgumentException("The edit refers to unknown people or organizations.")
{
    public IReadOnlyList<UnknownReference> References { get; } = references;
}

/// <summary>Another article already has this content (same content hash); nothing was written.</summary>
public sealed class DuplicateContentException(string existingSlug)
    : InvalidOperationException("Another article already has this content.")
{
    public string ExistingSlug { get; } = existingSlug;
}
