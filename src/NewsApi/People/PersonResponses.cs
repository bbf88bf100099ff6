using System.Linq.Expressions;
using NewsApi.Directories;

namespace NewsApi.People;

/// <summary>A person in a list.</summary>
/// <param name="Id" example="42">Numeric id.</param>
/// <param name="Slug" example="amara-okafor">URL key.</param>
/// <param name="Name" example="Amara Okafor">Full name.</param>
/// <param name="Title" example="senior research fellow">Latest known job title or honorific.</param>
/// <param name="ArticleCount" example="3">How many articles mention them.</param>
public sealed record PersonSummary(int Id, string Slug, string Name, string? Title, int ArticleCount) : IProjectedFrom<Person, PersonSummary>
{
    public static Expression<Func<Person, PersonSummary>> Projection { get; } =
        p => new PersonSummary(p.Id, p.Slug, p.Name, p.Title, p.Articles.Count);
}

/// <summary>One person.</summary>
/// <param name="Id" example="42">Numeric id.</param>
/// <param name="Slug" example="amara-okafor">URL key.</param>
/// <param name="Name" example="Amara Okafor">Full name as first given.</param>
/// <param name="Title" example="senior research fellow">Latest known job title or honorific.</param>
/// <param name="Affiliation">The organization the text ties them to, if any.</param>
/// <param name="Aliases">How later mentions refer to them, such as a surname alone.</param>
/// <param name="ArticleCount" example="3">How many articles mention them.</param>
/// <param name="QuoteCount" example="2">How many quotations are attributed to them.</param>
public sealed record PersonResponse(
    int Id,
    string Slug,
    string Name,
    string? Title,
    EntityLink? Affiliation,
    IReadOnlyList<string> Aliases,
    int ArticleCount,
    int QuoteCount) : IDirectoryResponse, IProjectedFrom<Person, PersonResponse>
{
    public static Expression<Func<Person, PersonResponse>> Projection { get; } = p => new PersonResponse(
        p.Id,
        p.Slug,
        p.Name,
        p.Title,
        p.Affiliation == null ? null : new EntityLink(p.Affiliation.Slug, p.Affiliation.Name),
        p.Aliases,
        p.Articles.Count,
        p.Quotes.Count);
}

/// <summary>A quotation attributed to a person.</summary>
/// <param name="Text" example="The recent talks between China and Syria presume actual military cooperation">The quoted words.</param>
/// <param name="Partial" example="false">True for a quoted phrase inside a sentence rather than a whole statement.</param>
/// <param name="Article">Where it was said.</param>
public sealed record PersonQuoteResponse(string Text, bool Partial, QuotedInArticle Article);

/// <summary>The article a quotation comes from.</summary>
/// <param name="Slug" example="amara-okafor">The article's key.</param>
/// <param name="Headline" example="Senior Chinese military officer visits Damascus">Its headline.</param>
/// <param name="PublishedAt" example="2021-01-16T00:44:00Z">When it was published (UTC).</param>
public sealed record QuotedInArticle(string Slug, string Headline, DateTimeOffset? PublishedAt);
