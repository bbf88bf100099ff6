using System.ComponentModel.DataAnnotations;
using FluentValidation;
using NewsApi.Search;

namespace NewsApi.Articles;

public enum ArticleSort
{
    /// <summary>Most recently published first.</summary>
    Newest,

    /// <summary>Earliest published first.</summary>
    Oldest,

    /// <summary>Best match for `q` first (BM25, headline weighted most, the whole query as a phrase in the headline first); needs `q`.</summary>
    Relevance,
}

/// <summary>Filters and order for the article list. Repeated slugs of one kind must all match.</summary>
public sealed record ArticleListFilter
{
    public const int QueryMaxLength = SearchQuery.MaxLength;

    /// <summary>`newest`, `oldest` or `relevance`; `relevance` needs `q` and is the default with it, `newest` without.</summary>
    /// <example>newest</example>
    [FromQuery(Name = "sort")]
    public ArticleSort? Sort { get; init; }

    /// <summary>Tag slug; repeat to require every one (`?tag=syria&amp;tag=china`).</summary>
    /// <example>["syria"]</example>
    [FromQuery(Name = "tag")]
    [SlugValues(Tag.SlugMaxLength)]
    public string[] TagSlugs { get; init; } = [];

    /// <summary>Person slug; repeat to require every one.</summary>
    /// <example>["vasily-kashin"]</example>
    [FromQuery(Name = "person")]
    [SlugValues(Person.SlugMaxLength)]
    public string[] PersonSlugs { get; init; } = [];

    /// <summary>Organization slug; repeat to require every one.</summary>
    /// <example>["xinhua"]</example>
    [FromQuery(Name = "organization")]
    [SlugValues(Organization.SlugMaxLength)]
    public string[] OrganizationSlugs { get; init; } = [];

    /// <summary>Published on or after this UTC date (yyyy-MM-dd).</summary>
    /// <example>2021-01-01</example>
    [FromQuery(Name = "from")]
    public DateOnly? From { get; init; }

    /// <summary>Published on or before this UTC date (yyyy-MM-dd), inclusive; not before `from`.</summary>
    /// <example>2021-01-31</example>
    [FromQuery(Name = "to")]
    public DateOnly? To { get; init; }

    /// <summary>
    /// Full-text search over headline, standfirst, body, quotations and the names of linked people, organizations and tags,
    /// ignoring case and accents. Syntax: words (all must match), `"exact phrase"`, `a OR b`, `-excluded`, `prefix*` (at
    /// least 2 letters). Punctuation separates words, as in the text (`state-owned` is the phrase "state owned"); `AND`,
    /// `NOT`, `NEAR` and `column:` are ordinary words. At most 500 characters and 32 terms; a query that
    /// only excludes, a dangling `OR`, a lone `-` or a one-letter prefix is a 400 that says why; punctuation alone matches nothing.
    /// </summary>
    /// <example>"military cooperation" syria</example>
    [FromQuery(Name = "q")]
    [MaxLength(QueryMaxLength)]
    public string? Q { get; init; }

    /// <summary>
    /// Comma-separated facets to count over all matching articles (not just this page): `tags`, `people`,
    /// `organizations`, `sources`, `years`; the top 10 of each.
    /// </summary>
    /// <example>tags,people,years</example>
    [FromQuery(Name = "facets")]
    [MaxLength(FacetsMaxLength)]
    public string? Facets { get; init; }

    public const int FacetsMaxLength = 100;

    /// <summary>The order to use: the one asked for, else relevance when searching and newest otherwise.</summary>
    public ArticleSort EffectiveSort() => Sort ?? (string.IsNullOrWhiteSpace(Q) ? ArticleSort.Newest : ArticleSort.Relevance);

    /// <summary>Whether anything besides `q` narrows the list.</summary>
    public bool HasFiltersBesidesQuery() =>
        TagSlugs.Length > 0 || PersonSlugs.Length > 0 || OrganizationSlugs.Length > 0 || From is not null || To is not null;
}

public sealed class ArticleListFilterValidator : AbstractValidator<ArticleListFilter>
{
    public ArticleListFilterValidator()
    {
        RuleFor(x => x.Sort).IsInEnum();
        RuleForEach(x => x.TagSlugs).Slug(Tag.SlugMaxLength).OverridePropertyName("tag");
        RuleForEach(x => x.PersonSlugs).Slug(Person.SlugMaxLength).OverridePropertyName("person");
        RuleForEach(x => x.OrganizationSlugs).Slug(Organization.SlugMaxLength).OverridePropertyName("organization");
        RuleFor(x => x.From)
            .LessThanOrEqualTo(x => x.To)
            .When(x => x.From is not null && x.To is not null)
            .WithMessage("'from' must not be after 'to'.");
        RuleFor(x => x.Q).MaximumLength(ArticleListFilter.QueryMaxLength);
        RuleFor(x => x.Sort)
            .NotEqual(ArticleSort.Relevance)
            .When(x => string.IsNullOrWhiteSpace(x.Q))
            .WithMessage("sort=relevance needs a search query 'q'.");
        RuleFor(x => x.Facets)
            .Must(f => FacetNames.TryParse(f, out _, out _))
            .When(x => x.Facets is not null)
            .WithMessage(x => FacetNames.TryParse(x.Facets, out _, out var error) ? "" : error!);
    }
}
