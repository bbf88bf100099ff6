using NewsApi.Paging;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using NewsApi.Data.Entities;
using NewsApi.Directories;
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
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Linked))]
    public async Task<ActionResult<PagedResponse<RelatedEntity>>> Related(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug,
        [FromQuery(Name = "type")] RelatedType? type,
        [FromQuery] PageQuery paging,
        CancellationToken ct) =>
        await Reads.LinkedAsync(
            idOrSlug,
            id => CoOccurrence.PageAsync(db, db.ArticlePeople.Where(ap => ap.PersonId == id).Select(ap => ap.ArticleId), id, null, type, paging, ct),
            ct);
}
