using System.Linq.Expressions;
using NewsApi.Directories;

namespace NewsApi.Organizations;

/// <summary>An organization in a list.</summary>
/// <param name="Id" example="7">Numeric id.</param>
/// <param name="Slug" example="xinhua">URL key.</param>
/// <param name="Name" example="Xinhua">Its name.</param>
/// <param name="Kind" example="news agency">Such as "news agency", "ministry", "university", where known.</param>
/// <param name="ArticleCount" example="3">How many articles mention it.</param>
public sealed record OrganizationSummary(int Id, string Slug, string Name, string? Kind, int ArticleCount) : IProjectedFrom<Organization, OrganizationSummary>
{
    public static Expression<Func<Organization, OrganizationSummary>> Projection { get; } =
        o => new OrganizationSummary(o.Id, o.Slug, o.Name, o.Kind, o.Articles.Count);
}

/// <summary>One organization.</summary>
/// <param name="Id" example="7">Numeric id.</param>
/// <param name="Slug" example="xinhua">URL key.</param>
/// <param name="Name" example="Xinhua">Its name.</param>
/// <param name="Kind" example="news agency">Such as "news agency", "ministry", "university", where known.</param>
/// <param name="Parent">The organization it belongs to, if the text says so.</param>
/// <param name="Aliases">Acronyms and short forms.</param>
/// <param name="ArticleCount" example="3">How many articles mention it.</param>
/// <param name="PeopleCount" example="1">How many people are affiliated with it.</param>
public sealed record OrganizationResponse(
    int Id,
    string Slug,
    string Name,
    string? Kind,
    EntityLink? Parent,
    IReadOnlyList<string> Aliases,
    int ArticleCount,
    int PeopleCount) : IDirectoryResponse, IProjectedFrom<Organization, OrganizationResponse>
{
    public static Expression<Func<Organization, OrganizationResponse>> Projection { get; } = o => new OrganizationResponse(
        o.Id,
        o.Slug,
        o.Name,
        o.Kind,
        o.Parent == null ? null : new EntityLink(o.Parent.Slug, o.Parent.Name),
        o.Aliases,
        o.Articles.Count,
        o.People.Count);
}
