using NewsApi.Paging;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsApi.Data.Entities;
using NewsApi.Infrastructure;
using NewsApi.Relations;

namespace NewsApi.People;

public sealed partial class PeopleController
{
    /// <summary>The people and organizations that appear in the same articles as a person, with counts.</summary>
    /// <remarks>Who appears with whom: each entry counts the articles it shares with this person, most shared first, then by name.</remarks>
    /// <param name="idOrSlug" example="vasily-kashin">Numeric id or slug of the person.</param>
    /// <param name="type">Only `person` or only `organization` entries; both when omitted.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">One page of the related people and organizations, in the envelope of every list.</response>
    /// <response code="400">The key is malformed, `type` is unknown, or a paging parameter is out of range.</response>
    /// <response code="404">No person has that id or slug.</response>
    [HttpGet("{idOrSlug}/related")]
    [ProducesResponseType<PagedResponse<RelatedEntity>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    public async Task<ActionResult<PagedResponse<RelatedEntity>>> Related(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug,
        [FromQuery(Name = "type")] RelatedType? type,
        [FromQuery] PageQuery paging,
        CancellationToken ct)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Person.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        var personId = await db.People.Where(key.Matches<Person>(p => p.Id, p => p.Slug)).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        if (personId is not { } id)
        {
            return this.NotFoundProblem("Person", idOrSlug);
        }
        var articleIds = db.ArticlePeople.Where(ap => ap.PersonId == id).Select(ap => ap.ArticleId);
        var page = await CoOccurrence.PageAsync(db, articleIds, id, null, type, paging, ct);
        PagingHeaders.Write(HttpContext, page);
        return page;
    }
}
