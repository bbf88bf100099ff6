using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using NewsApi.Data.Entities;
using NewsApi.Infrastructure;

namespace NewsApi.Articles;

public enum ArticleSort
{
    /// <summary>Most recently published first.</summary>
    Newest,

    /// <summary>Earliest published first.</summary>
    Oldest,
}

/// <summary>Filters and order for the article list. Repeated slugs of one kind must all match.</summary>
public sealed record ArticleListFilter
{
    public const int QueryMaxLength = 200;

    /// <summary>`newest` (default) or `oldest`.</summary>
    /// <example>newest</example>
    [FromQuery(Name = "sort")]
    public ArticleSort Sort { get; init; } = ArticleSort.Newest;

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

    /// <summary>Plain text to find in the headline, standfirst, lead or body, case-insensitive.</summary>
    /// <example>military cooperation</example>
    [FromQuery(Name = "q")]
    [MaxLength(QueryMaxLength)]
    public string? Q { get; init; }
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
    }
}
