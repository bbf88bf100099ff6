using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace NewsApi.Infrastructure;

/// <summary>Which page of a list to return; shared by every list endpoint.</summary>
public sealed record PageQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    // Keeps (page - 1) * pageSize inside an int for Skip.
    public const int MaxPage = 1_000_000;

    /// <summary>Page number, from 1.</summary>
    /// <example>1</example>
    [FromQuery(Name = "page")]
    [Range(1, MaxPage)]
    public int Page { get; init; } = 1;

    /// <summary>Items per page, 1 to 100.</summary>
    /// <example>20</example>
    [FromQuery(Name = "pageSize")]
    [Range(1, MaxPageSize)]
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>A method, not a property, so that model binding and Swagger do not take it for a query parameter.</summary>
    public int ItemsToSkip() => (Page - 1) * PageSize;
}

public sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(x => x.Page).InclusiveBetween(1, PageQuery.MaxPage);
        RuleFor(x => x.PageSize).InclusiveBetween(1, PageQuery.MaxPageSize);
    }
}
