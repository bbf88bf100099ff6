using System.ComponentModel.DataAnnotations;
using NewsApi.Formats;

namespace NewsApi.Feeds;

/// <summary>Atom feeds (RFC 4287) of the newest articles, for feed readers and news aggregators.</summary>
[ApiController]
[Route("feeds")]
public sealed class FeedsController(NewsDbContext db) : ControllerBase
{
    /// <summary>Atom feed of the 20 newest articles.</summary>
    /// <remarks>Entries newest published first, each with the article's link, headline, summary (standfirst or lead), byline authors and tags as categories. Readers parse it as Atom 1.0 (RFC 4287).</remarks>
    /// <param name="limit" example="20">Entries in the feed, 1 to 100; 20 by default.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">The feed as application/atom+xml.</response>
    /// <response code="400">`limit` is out of range.</response>
    [HttpGet("articles.atom")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, AtomFeedWriter.ContentType)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    public Task<ActionResult> Articles([FromQuery(Name = "limit"), Range(1, AtomFeedWriter.MaxEntryCount)] int? limit, CancellationToken ct) =>
        FeedAsync(db.Articles, "Newest articles", ct, limit);

    /// <summary>Atom feed of the 20 newest articles with a tag.</summary>
    /// <remarks>Entries newest published first, each with the article's link, headline, summary (standfirst or lead), byline authors and tags as categories. Readers parse it as Atom 1.0 (RFC 4287).</remarks>
    /// <param name="slug" example="syria">The tag's slug.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">The feed as application/atom+xml.</response>
    /// <response code="400">The slug is malformed.</response>
    /// <response code="404">No tag has that slug.</response>
    [HttpGet("tags/{slug}.atom")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, AtomFeedWriter.ContentType)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    public async Task<ActionResult> Tag([RegularExpression(Slugs.Pattern), MaxLength(Data.Entities.Tag.SlugMaxLength)] string slug, CancellationToken ct)
    {
        var name = await db.Tags.Where(t => t.Slug == slug).Select(t => t.Name).SingleOrDefaultAsync(ct);
        return name is null
            ? this.NotFoundProblem("Tag", slug)
            : await FeedAsync(db.Articles.Where(a => a.Tags.Any(t => t.Tag.Slug == slug)), $"Newest articles tagged {name}", ct);
    }

    /// <summary>Atom feed of the 20 newest articles that mention a person.</summary>
    /// <remarks>Entries newest published first, each with the article's link, headline, summary (standfirst or lead), byline authors and tags as categories. Readers parse it as Atom 1.0 (RFC 4287).</remarks>
    /// <param name="slug" example="vasily-kashin">The person's slug.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">The feed as application/atom+xml.</response>
    /// <response code="400">The slug is malformed.</response>
    /// <response code="404">No person has that slug.</response>
    [HttpGet("people/{slug}.atom")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, AtomFeedWriter.ContentType)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    public async Task<ActionResult> Person([RegularExpression(Slugs.Pattern), MaxLength(Data.Entities.Person.SlugMaxLength)] string slug, CancellationToken ct)
    {
        var name = await db.People.Where(p => p.Slug == slug).Select(p => p.Name).SingleOrDefaultAsync(ct);
        return name is null
            ? this.NotFoundProblem("Person", slug)
            : await FeedAsync(db.Articles.Where(a => a.People.Any(p => p.Person.Slug == slug)), $"Newest articles mentioning {name}", ct);
    }

    /// <summary>Atom feed of the 20 newest articles that mention an organization.</summary>
    /// <remarks>Entries newest published first, each with the article's link, headline, summary (standfirst or lead), byline authors and tags as categories. Readers parse it as Atom 1.0 (RFC 4287).</remarks>
    /// <param name="slug" example="xinhua">The organization's slug.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">The feed as application/atom+xml.</response>
    /// <response code="400">The slug is malformed.</response>
    /// <response code="404">No organization has that slug.</response>
    [HttpGet("organizations/{slug}.atom")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, AtomFeedWriter.ContentType)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    public async Task<ActionResult> Organization([RegularExpression(Slugs.Pattern), MaxLength(Data.Entities.Organization.SlugMaxLength)] string slug, CancellationToken ct)
    {
        var name = await db.Organizations.Where(o => o.Slug == slug).Select(o => o.Name).SingleOrDefaultAsync(ct);
        return name is null
            ? this.NotFoundProblem("Organization", slug)
            : await FeedAsync(db.Articles.Where(a => a.Organizations.Any(o => o.Organization.Slug == slug)), $"Newest articles mentioning {name}", ct);
    }

    private async Task<ActionResult> FeedAsync(IQueryable<Article> articles, string title, CancellationToken ct, int? limit = null)
    {
        var links = ArticleLinks.For(Request);
        var feedUrl = links.BaseUrl + Request.Path;
        var xml = await AtomFeedWriter.WriteAsync(articles, title, feedUrl, links, limit ?? AtomFeedWriter.EntryCount, ct);
        return File(xml, AtomFeedWriter.ContentType + "; charset=utf-8");
    }
}
