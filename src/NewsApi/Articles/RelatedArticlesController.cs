using NewsApi.Paging;
using System.ComponentModel.DataAnnotations;

namespace NewsApi.Articles;

/// <summary>Another article's overlap with the one asked about.</summary>
public sealed class RelatedScore
{
    public int Id { get; init; }
    public int Score { get; init; }
}

/// <summary>An article related to another, with why.</summary>
/// <param name="Article">The related article.</param>
/// <param name="Score" example="7">3 per shared person, 2 per shared organization, 1 per shared tag.</param>
public sealed record RelatedArticle(ArticleSummary Article, int Score);

[ApiController]
[Route("api/articles")]
public sealed class RelatedArticlesController(NewsDbContext db) : ControllerBase
{
    /// <summary>Articles that share people, organizations and tags with this one, best first.</summary>
    /// <remarks>
    /// Each other article scores 3 per person, 2 per organization and 1 per tag it shares with this one; highest score
    /// first, then newest, then highest id. Articles sharing nothing are not listed.
    /// </remarks>
    /// <param name="idOrSlug" example="a-senior-chinese-military-officer-visited-damascus-to-discuss-closer-ties-between-syria-and-china">Numeric id or slug of the article.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">One page of the related articles, in the envelope of every list; empty when none shares anything.</response>
    /// <response code="400">The key is neither an id nor a well-formed slug, or a paging parameter is out of range.</response>
    /// <response code="404">No article has that id or slug.</response>
    [HttpGet("{idOrSlug}/related")]
    [ProducesResponseType<PagedResponse<RelatedArticle>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    public async Task<ActionResult<PagedResponse<RelatedArticle>>> Related(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Article.SlugMaxLength)] string idOrSlug,
        [FromQuery] PageQuery paging,
        CancellationToken ct = default)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Article.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        var id = await db.Articles.Where(key.Matches<Article>(a => a.Id, a => a.Slug)).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
        if (id is not int articleId)
        {
            return this.NotFoundProblem("Article", idOrSlug);
        }

        // Quoted identifiers and a named derived table: the same statement runs on SQLite and PostgreSQL.
        var scores = db.Database.SqlQuery<RelatedScore>($"""
            SELECT w."ArticleId" AS "Id", CAST(sum(w."Weight") AS integer) AS "Score" FROM (
                SELECT "ArticleId", 3 AS "Weight" FROM "ArticlePeople" WHERE "PersonId" IN (SELECT "PersonId" FROM "ArticlePeople" WHERE "ArticleId" = {articleId})
                UNION ALL
                SELECT "ArticleId", 2 FROM "ArticleOrganizations" WHERE "OrganizationId" IN (SELECT "OrganizationId" FROM "ArticleOrganizations" WHERE "ArticleId" = {articleId})
                UNION ALL
                SELECT "ArticleId", 1 FROM "ArticleTags" WHERE "TagId" IN (SELECT "TagId" FROM "ArticleTags" WHERE "ArticleId" = {articleId})) AS w
            WHERE w."ArticleId" <> {articleId}
            GROUP BY w."ArticleId"
            """);
        var best = await (from s in scores
                          join a in db.Articles on s.Id equals a.Id
                          orderby s.Score descending, a.PublishedAt descending, a.Id descending
                          select new RelatedScore { Id = s.Id, Score = s.Score }).ToPageAsync(paging, ct);
        var ids = best.Items.Select(b => b.Id).ToList();
        var summaries = await db.Articles.AsNoTracking().AsSplitQuery().Where(a => ids.Contains(a.Id))
            .Select(ArticleSummary.Projection).ToDictionaryAsync(s => s.Id, ct);
        // An article deleted between the two queries is left out rather than failing the page.
        var page = new PagedResponse<RelatedArticle>(
            best.Items.Where(b => summaries.ContainsKey(b.Id)).Select(b => new RelatedArticle(summaries[b.Id], b.Score)).ToList(),
            best.Page, best.PageSize, best.TotalItems, best.TotalPages);
        PagingHeaders.Write(HttpContext, page);
        return page;
    }
}
