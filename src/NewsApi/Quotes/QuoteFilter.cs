using System.ComponentModel.DataAnnotations;
using Entities = NewsApi.Data.Entities;

namespace NewsApi.Quotes;

/// <summary>Which quotations to list; every filter given must hold.</summary>
public sealed record QuoteFilter
{
    public const int QueryMaxLength = 200;

    /// <summary>Slug of the speaker.</summary>
    /// <example>vasily-kashin</example>
    [FromQuery(Name = "person")]
    [RegularExpression(Slugs.Pattern), MaxLength(Entities.Person.SlugMaxLength)]
    public string? Person { get; init; }

    /// <summary>Slug of the organization the speaker is affiliated with.</summary>
    /// <example>institute-for-far-eastern-studies</example>
    [FromQuery(Name = "organization")]
    [RegularExpression(Slugs.Pattern), MaxLength(Entities.Organization.SlugMaxLength)]
    public string? Organization { get; init; }

    /// <summary>Slug of a tag of the article the quotation appears in.</summary>
    /// <example>syria</example>
    [FromQuery(Name = "tag")]
    [RegularExpression(Slugs.Pattern), MaxLength(Entities.Tag.SlugMaxLength)]
    public string? Tag { get; init; }

    /// <summary>Words the quotation contains, as one phrase, ignoring case.</summary>
    /// <example>military</example>
    [FromQuery(Name = "q")]
    [MaxLength(QueryMaxLength)]
    public string? Q { get; init; }

    /// <summary>The article was published on or after this UTC date (yyyy-MM-dd).</summary>
    /// <example>2021-01-01</example>
    [FromQuery(Name = "from")]
    public DateOnly? From { get; init; }

    /// <summary>The article was published on or before this UTC date (yyyy-MM-dd), inclusive; not before `from`.</summary>
    /// <example>2021-01-31</example>
    [FromQuery(Name = "to")]
    public DateOnly? To { get; init; }
}
