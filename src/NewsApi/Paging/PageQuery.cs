using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace NewsApi.Paging;

/// <summary>Which page of a list to return, by number or by cursor; shared by every list endpoint.</summary>
public sealed record PageQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    // Keeps (page - 1) * pageSize inside an int for Skip.
    public const int MaxPage = 1_000_000;

    public const int CursorMaxLength = 512;

    /// <summary>Page number, from 1; not together with `cursor`.</summary>
    /// <example>1</example>
    [FromQuery(Name = "page")]
    [Range(1, MaxPage)]
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 100.</summary>
    /// <example>20</example>
    [FromQuery(Name = "pageSize")]
    [Range(1, MaxPageSize)]
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>
    /// Opaque cursor from a previous answer's `next` (or its `Link: rel="next"`), for article lists: the page after the
    /// last item seen, as fast at any depth and unshifted by articles published since. Not together with `page`; keep the
    /// same `sort` and filters.
    /// </summary>
    // No <example>: Swagger UI would pre-fill it beside `page`, and the two together are a 400.
    [FromQuery(Name = "cursor")]
    [MaxLength(CursorMaxLength)]
    public string? Cursor { get; init; }

    /// <summary>The page number to serve, 1 when none was asked for.</summary>
    public int PageNumber() => Page ?? 1;

    /// <summary>A method, not a property, so that model binding and Swagger do not take it for a query parameter.</summary>
    public int ItemsToSkip() => (PageNumber() - 1) * PageSize;
}

public sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(x => x.Page).InclusiveBetween(1, PageQuery.MaxPage);
        RuleFor(x => x.PageSize).InclusiveBetween(1, PageQuery.MaxPageSize);
        RuleFor(x => x.Cursor)
            .Null()
            .When(x => x.Page is not null)
            .WithMessage("Use either 'page' or 'cursor', not both: a cursor already says where the page starts.");
        RuleFor(x => x.Cursor).NotEmpty().MaximumLength(PageQuery.CursorMaxLength).When(x => x.Cursor is not null);
    }
}
