using System.ComponentModel.DataAnnotations;

namespace NewsApi.Changes;

[ApiController]
[Route("api/changes")]
public sealed class ChangesController(NewsDbContext db) : ControllerBase
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;
    public const int CursorMaxLength = 40;

    /// <summary>Lists creations, updates and deletions of articles, people, organizations and tags, in the order they were written.</summary>
    /// <remarks>
    /// For mirrors: read from the start without `since`, then pass the `next` cursor of each answer as `since` to get only what
    /// changed after it. Deletions are tombstones (`kind` `deleted`) carrying the id and slug the resource had. A resource that
    /// changed several times appears once per change; fetch its current state by `type` and `id`. Every change is recorded in
    /// the same transaction as the write itself, so the feed never lists a write that did not happen, nor misses one that did.
    /// </remarks>
    /// <param name="since">The `next` cursor of a previous answer; omit to read from the start.</param>
    /// <param name="limit" example="100">How many changes at most, 1 to 500; 100 by default.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">The changes after the cursor, oldest first, with the cursor to continue from.</response>
    /// <response code="400">`since` is not a cursor this API issued, or `limit` is out of range; `errors` names the parameter.</response>
    [HttpGet]
    [ProducesResponseType<ChangePage>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    public async Task<ActionResult<ChangePage>> List(
        [FromQuery, MaxLength(CursorMaxLength), RegularExpression("^[A-Za-z0-9_-]+$")] string? since,
        [FromQuery, Range(1, MaxLimit)] int limit = DefaultLimit,
        CancellationToken ct = default)
    {
        long after = 0;
        if (since is not null)
        {
            if (ChangeCursor.Decode(since) is not { } sequence)
            {
                ModelState.AddModelError(nameof(since), "The cursor is not one this API issued; pass the 'next' cursor of a previous answer unchanged.");
                return ValidationProblem();
            }
            after = sequence;
        }

        var rows = await db.Changes.AsNoTracking()
            .Where(c => c.Id > after)
            .OrderBy(c => c.Id)
            .Take(limit + 1)
            .Select(c => new ChangeItem(c.Id, c.ResourceType, c.ResourceId, c.Slug, c.Kind, c.At))
            .ToListAsync(ct);
        var hasMore = rows.Count > limit;
        var items = hasMore ? rows[..limit] : rows;
        var next = items.Count > 0 ? ChangeCursor.Encode(items[^1].Sequence) : since;
        return new ChangePage(items, next, hasMore);
    }
}
