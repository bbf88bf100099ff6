using NewsApi.Directories;
using NewsApi.Paging;

namespace NewsApi.Quotes;

[ApiController]
[Route("api/quotes")]
public sealed class QuotesController(NewsDbContext db) : ControllerBase
{
    /// <summary>Lists quotations: who said what, where and when, newest article first.</summary>
    /// <remarks>
    /// Filters combine with AND: `?person=amara-okafor&amp;tag=syria` lists what that person said in articles tagged Syria.
    /// `organization` matches the speaker's affiliation; `q` a phrase inside the quotation; `from` and `to` the article's
    /// UTC publication date, inclusive. Within one article quotations keep their text order. Paged by `page` with `Link`
    /// and `X-Total-Count` headers.
    /// </remarks>
    /// <response code="200">One page of quotations; empty items beyond the last page.</response>
    /// <response code="400">A parameter is out of range or malformed; `errors` names it.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<QuoteListItem>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    public async Task<ActionResult<PagedResponse<QuoteListItem>>> List(
        [FromQuery] PageQuery paging, [FromQuery] QuoteFilter filter, CancellationToken ct)
    {
        if (filter.From is { } first && filter.To is { } last && first > last)
        {
            ModelState.AddModelError("from", "'from' must not be after 'to'.");
            return ValidationProblem();
        }

        var quotes = db.Quotes.AsNoTracking();
        if (filter.Person is { } person)
        {
            quotes = quotes.Where(q => q.Speaker != null && q.Speaker.Slug == person);
        }
        if (filter.Organization is { } organization)
        {
            quotes = quotes.Where(q => q.Speaker != null && q.Speaker.Affiliation != null && q.Speaker.Affiliation.Slug == organization);
        }
        if (filter.Tag is { } tag)
        {
            quotes = quotes.Where(q => q.Article.Tags.Any(t => t.Tag.Slug == tag));
        }
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // Contains becomes instr() rather than LIKE, so % and _ in the query are plain characters.
            var phrase = filter.Q.Trim().ToLowerInvariant();
            quotes = quotes.Where(q => q.Text.ToLower().Contains(phrase));
        }
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            quotes = quotes.Where(q => q.Article.PublishedAt >= start);
        }
        if (filter.To is { } to && to < DateOnly.MaxValue)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            quotes = quotes.Where(q => q.Article.PublishedAt < end);
        }

        var page = await quotes
            .OrderByDescending(q => q.Article.PublishedAt).ThenByDescending(q => q.ArticleId).ThenBy(q => q.Order).ThenBy(q => q.Id)
            .Select(q => new QuoteListItem(
                q.Text,
                q.Partial,
                q.Speaker == null ? null : new EntityLink(q.Speaker.Slug, q.Speaker.Name),
                q.Speaker == null ? null : q.Article.People.Where(p => p.PersonId == q.SpeakerId).Select(p => p.Title).FirstOrDefault(),
                new QuoteSource(q.Article.Slug, q.Article.Headline, q.Article.PublishedAt, q.Article.Dateline)))
            .ToPageAsync(paging, ct);
        PagingHeaders.Write(HttpContext, page);
        return page;
    }
}
