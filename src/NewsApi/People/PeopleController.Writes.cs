using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsApi.Articles;
using NewsApi.Data.Entities;
using NewsApi.Data.Naming;
using NewsApi.Infrastructure;
using NewsApi.Infrastructure.Auth;
using NewsApi.Infrastructure.Caching;
using NewsApi.Search;

namespace NewsApi.People;

// The JSON formatter's "$.member" errors become the same field paths the validators report.
[JsonBodyErrors]
public sealed partial class PeopleController
{
    private static readonly PersonRequestValidator RequestValidator = new();
    private static readonly PersonMergeRequestValidator MergeRequestValidator = new();

    /// <summary>Creates a person.</summary>
    /// <remarks>
    /// The slug is made from the name (with a numeric suffix when taken) and never changes afterwards, not even on a rename.
    /// `affiliation` is the slug of an existing organization. Needs an `editor` or `admin` key in `X-Api-Key`.
    /// </remarks>
    /// <param name="request">The new person.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="201">Created; `Location` is its URL and `ETag` its version.</response>
    /// <response code="400">The body is invalid, has a property a client may not set (`id`, `slug`...), or names an unknown affiliation; `errors` names the field.</response>
    /// <response code="413">The body is over 256 KB.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">The key's role may not create.</response>
    /// <response code="409">A person with the same name (ignoring case and accents) exists; `existing` is its slug.</response>
    [HttpPost]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes("application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemResults.ContentType)]
    [ProducesResponseType<PersonResponse>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ProblemResults.ContentType)]
    public async Task<ActionResult<PersonResponse>> Create(PersonRequest request, CancellationToken ct)
    {
        if (!this.TryValidate(RequestValidator, request))
        {
            return ValidationProblem();
        }
        var name = request.Name.Trim();
        var normalizedName = NameNormalizer.Normalize(name);
        if (await db.People.Where(p => p.NormalizedName == normalizedName).Select(p => p.Slug).FirstOrDefaultAsync(ct) is { } existing)
        {
            return this.NameConflict("person", name, existing);
        }
        var person = new Person
        {
            Name = name,
            NormalizedName = normalizedName,
            Slug = await EntityWrites.UniqueSlugAsync(db.People.Select(p => p.Slug), name, Person.SlugMaxLength, ct),
        };
        if (await ApplyAsync(person, request, ct) is { } problem)
        {
            return problem;
        }
        db.People.Add(person);
        if (await SaveAsync(person, ct) is { } failure)
        {
            return failure;
        }
        var created = await RepresentationAsync(person.Id, ct);
        return this.CreatedWithETag($"/api/people/{person.Slug}", created!);
    }

    /// <summary>Replaces a person's name, title, affiliation and aliases.</summary>
    /// <remarks>
    /// Send the ETag of your last GET in `If-Match`. A renamed person keeps their slug. Omitted `title`, `affiliation` and
    /// `aliases` are cleared. Needs an `editor` or `admin` key.
    /// </remarks>
    /// <param name="idOrSlug" example="amara-okafor">Numeric id or slug of the person.</param>
    /// <param name="request">The whole new state.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">Replaced; the body and `ETag` are what a GET now returns.</response>
    /// <response code="400">The body is invalid, has a property a client may not set, or names an unknown affiliation.</response>
    /// <response code="413">The body is over 256 KB.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">The key's role may not update.</response>
    /// <response code="404">No person has that id or slug.</response>
    /// <response code="409">Another person already has the new name.</response>
    /// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`): someone else changed the person.</response>
    /// <response code="428">`If-Match` is missing.</response>
    [HttpPut("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes("application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemResults.ContentType)]
    [ProducesResponseType<PersonResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, ProblemResults.ContentType)]
    public async Task<ActionResult<PersonResponse>> Replace(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug, PersonRequest request, CancellationToken ct)
    {
        if (!this.TryValidate(RequestValidator, request))
        {
            return ValidationProblem();
        }
        return await UpdateAsync(idOrSlug, _ => request, ct);
    }

    /// <summary>Changes some of a person's fields (JSON Merge Patch).</summary>
    /// <remarks>
    /// RFC 7396, `Content-Type: application/merge-patch+json`: members present replace the stored ones, `null` clears one,
    /// `aliases` is replaced as a whole. The result is validated like a PUT. Send `If-Match`. Needs an `editor` or `admin` key.
    /// </remarks>
    /// <param name="idOrSlug" example="amara-okafor">Numeric id or slug of the person.</param>
    /// <param name="patch">The members to change, such as `{ "title": "professor" }`.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">Patched; the body and `ETag` are what a GET now returns.</response>
    /// <response code="400">The patch is not an object, sets an unknown or forbidden member, or the result is invalid.</response>
    /// <response code="413">The body is over 256 KB.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">The key's role may not update.</response>
    /// <response code="404">No person has that id or slug.</response>
    /// <response code="409">Another person already has the new name.</response>
    /// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`).</response>
    /// <response code="415">The body is not `application/merge-patch+json`.</response>
    /// <response code="428">`If-Match` is missing.</response>
    [HttpPatch("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes(MergePatch.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemResults.ContentType)]
    [ProducesResponseType<PersonResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, ProblemResults.ContentType)]
    public async Task<ActionResult<PersonResponse>> Patch(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug, [FromBody] JsonElement patch, CancellationToken ct) =>
        await UpdateAsync(idOrSlug, current => this.TryApplyMergePatch(current, patch, out var patched) ? patched : null, ct);

    /// <summary>Deletes a person.</summary>
    /// <remarks>
    /// A person still linked to articles is a 409 (with `articleCount`) unless `force=true`, which first removes them from
    /// those articles and leaves the quotations attributed to them without a speaker. Send `If-Match`. Needs an `admin` key.
    /// </remarks>
    /// <param name="idOrSlug" example="amara-okafor">Numeric id or slug of the person.</param>
    /// <param name="force">Unlink from articles and quotes first instead of refusing.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="204">Deleted.</response>
    /// <response code="400">The key is neither an id nor a well-formed slug.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">Only the `admin` role may delete.</response>
    /// <response code="404">No person has that id or slug.</response>
    /// <response code="409">Articles still refer to the person and `force` is not set.</response>
    /// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`).</response>
    /// <response code="428">`If-Match` is missing.</response>
    [HttpDelete("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Admin)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, ProblemResults.ContentType)]
    public async Task<ActionResult> Delete(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug, [FromQuery] bool force, CancellationToken ct)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Person.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        // One transaction: the link count, the unlinking and the delete see the same rows.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var person = await db.People.Where(key.Matches<Person>(p => p.Id, p => p.Slug)).SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return this.NotFoundProblem("Person", idOrSlug);
        }
        var current = await RepresentationAsync(person.Id, ct);
        if (this.CheckIfMatch(current) is { } precondition)
        {
            return precondition;
        }
        if (current!.ArticleCount > 0 && !force)
        {
            return this.StillLinked("person", current.ArticleCount);
        }

        var indexed = await db.ArticlesOfPersonAsync(person.Id, ct);
        await db.ArticlePeople.Where(l => l.PersonId == person.Id).ExecuteDeleteAsync(ct);
        await db.Quotes.Where(q => q.SpeakerId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(q => q.SpeakerId, (int?)null), ct);
        db.People.Remove(person);
        if (await SaveAsync(person, ct) is { } failure)
        {
            return failure;
        }
        await db.ReindexAsync(indexed, ct);
        await transaction.CommitAsync(ct);
        return NoContent();
    }

    /// <summary>Merges a duplicate person into another one.</summary>
    /// <remarks>
    /// The person in the path is merged INTO the person named by `into` and deleted, in one transaction: their article
    /// links move (roles are combined and mention counts added where both appear in one article), their quotations get the
    /// survivor as speaker, their name and aliases become the survivor's aliases, and their title and affiliation fill the
    /// survivor's when it has none. `If-Match` is optional; when sent, it must be the ETag of the person in the path.
    /// Needs an `editor` or `admin` key.
    /// </remarks>
    /// <param name="idOrSlug" example="okafor">Numeric id or slug of the duplicate, which disappears.</param>
    /// <param name="request">Which person survives.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">Merged; the body and `ETag` are the survivor's.</response>
    /// <response code="400">`into` is malformed, unknown, or the person itself.</response>
    /// <response code="413">The body is over 256 KB.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">The key's role may not merge.</response>
    /// <response code="404">No person has the id or slug in the path.</response>
    /// <response code="412">`If-Match` was sent and is not the current ETag of the person in the path.</response>
    [HttpPost("{idOrSlug}/merge")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes("application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemResults.ContentType)]
    [ProducesResponseType<PersonResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemResults.ContentType)]
    public async Task<ActionResult<PersonResponse>> Merge(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug, PersonMergeRequest request, CancellationToken ct)
    {
        var validRequest = this.TryValidate(MergeRequestValidator, request);
        if (!this.TryParseIdOrSlug(idOrSlug, Person.SlugMaxLength, out var key) || !validRequest)
        {
            return ValidationProblem();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var merged = await db.People.Where(key.Matches<Person>(p => p.Id, p => p.Slug)).SingleOrDefaultAsync(ct);
        if (merged is null)
        {
            return this.NotFoundProblem("Person", idOrSlug);
        }
        if (Request.Headers.IfMatch.Count > 0 && this.CheckIfMatch(await RepresentationAsync(merged.Id, ct)) is { } precondition)
        {
            return precondition;
        }
        if (merged.Slug == request.Into)
        {
            return this.FieldProblem("into", "A person cannot be merged into itself.");
        }
        var survivor = await db.People.SingleOrDefaultAsync(p => p.Slug == request.Into, ct);
        if (survivor is null)
        {
            return this.FieldProblem("into", $"No person has the slug '{request.Into}'.");
        }

        var indexed = await db.ArticlesOfPersonAsync(merged.Id, ct);
        var links = await db.ArticlePeople.Where(l => l.PersonId == merged.Id || l.PersonId == survivor.Id).ToListAsync(ct);
        var survivorLinks = links.Where(l => l.PersonId == survivor.Id).ToDictionary(l => l.ArticleId);
        foreach (var link in links.Where(l => l.PersonId == merged.Id))
        {
            if (survivorLinks.TryGetValue(link.ArticleId, out var kept))
            {
                kept.Roles |= link.Roles;
                kept.MentionCount += link.MentionCount;
                kept.Title ??= link.Title;
                kept.Contribution ??= link.Contribution;
            }
            else
            {
                // The person is part of the link's key, which EF cannot change in place: the link is re-created for the survivor.
                db.ArticlePeople.Add(new ArticlePerson
                {
                    ArticleId = link.ArticleId,
                    PersonId = survivor.Id,
                    Roles = link.Roles,
                    Title = link.Title,
                    MentionCount = link.MentionCount,
                    Contribution = link.Contribution,
                });
            }
            db.ArticlePeople.Remove(link);
        }
        await db.Quotes.Where(q => q.SpeakerId == merged.Id).ExecuteUpdateAsync(s => s.SetProperty(q => q.SpeakerId, (int?)survivor.Id), ct);

        survivor.Aliases = EntityWrites.CleanAliases(survivor.Name, [.. survivor.Aliases, merged.Name, .. merged.Aliases]);
        if (survivor.Title is null && merged.Title is not null)
        {
            survivor.Title = merged.Title;
            survivor.TitleAsOf = merged.TitleAsOf;
        }
        survivor.AffiliationId ??= merged.AffiliationId;
        db.People.Remove(merged);
        if (await SaveAsync(survivor, ct) is { } failure)
        {
            return failure;
        }
        await db.ReindexAsync(indexed, ct);
        await transaction.CommitAsync(ct);
        return this.WrittenWithETag(await RepresentationAsync(survivor.Id, ct));
    }

    private async Task<ActionResult> UpdateAsync(string idOrSlug, Func<PersonRequest, PersonRequest?> change, CancellationToken ct)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Person.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        var person = await db.People.Where(key.Matches<Person>(p => p.Id, p => p.Slug)).SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return this.NotFoundProblem("Person", idOrSlug);
        }
        // Read after the tracked row, so that a writer in between makes the save fail rather than be overwritten.
        var current = await RepresentationAsync(person.Id, ct);
        if (this.CheckIfMatch(current) is { } precondition)
        {
            return precondition;
        }
        var request = change(new PersonRequest { Name = current!.Name, Title = current.Title, Affiliation = current.Affiliation?.Slug, Aliases = current.Aliases });
        if (request is null || !this.TryValidate(RequestValidator, request))
        {
            return ValidationProblem();
        }

        var name = request.Name.Trim();
        var normalizedName = NameNormalizer.Normalize(name);
        if (normalizedName != person.NormalizedName
            && await db.People.Where(p => p.NormalizedName == normalizedName && p.Id != person.Id).Select(p => p.Slug).FirstOrDefaultAsync(ct) is { } existing)
        {
            return this.NameConflict("person", name, existing);
        }
        person.Name = name;
        person.NormalizedName = normalizedName;
        if (await ApplyAsync(person, request, ct) is { } problem)
        {
            return problem;
        }
        if (await SaveAsync(person, ct) is { } failure)
        {
            return failure;
        }
        await db.ReindexAsync(await db.ArticlesOfPersonAsync(person.Id, ct), ct);
        return this.WrittenWithETag(await RepresentationAsync(person.Id, ct));
    }

    /// <summary>Copies the request's title, affiliation and aliases onto the row; a 400 when the affiliation does not exist.</summary>
    private async Task<ActionResult?> ApplyAsync(Person person, PersonRequest request, CancellationToken ct)
    {
        int? affiliationId = null;
        if (request.Affiliation is { } affiliation)
        {
            affiliationId = await db.Organizations.Where(o => o.Slug == affiliation).Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
            if (affiliationId is null)
            {
                return this.FieldProblem("affiliation", $"No organization has the slug '{affiliation}'.");
            }
        }
        var title = string.IsNullOrWhiteSpace(request.Title) ? null : request.Title.Trim();
        if (title != person.Title || affiliationId != person.AffiliationId)
        {
            // An editor's title stands until an article published after the edit gives another.
            person.TitleAsOf = HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        }
        person.Title = title;
        person.AffiliationId = affiliationId;
        person.Aliases = EntityWrites.CleanAliases(person.Name, request.Aliases);
        return null;
    }

    /// <summary>
    /// Saves with the person's Version as the guard: the UPDATE or DELETE only matches the row as it was read, so a writer that
    /// saved in between turns this save into a 412 instead of being overwritten. A unique name taken at the same moment is a 409.
    /// </summary>
    private async Task<ActionResult?> SaveAsync(Person person, CancellationToken ct)
    {
        var entry = db.Entry(person);
        if (entry.State == EntityState.Unchanged)
        {
            // A PUT that changes nothing is still a write whose If-Match must hold when it lands.
            entry.Property(p => p.Version).IsModified = true;
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return this.ConcurrentChange(await db.People.AsNoTracking().Where(p => p.Id == person.Id).Select(PersonResponse.Projection).SingleOrDefaultAsync(ct));
        }
        catch (DbUpdateException)
        {
            return ProblemResults.Create(this, StatusCodes.Status409Conflict, "The change conflicts with another one.",
                "Another request saved a person with this name, or removed the affiliation, at the same time. GET the current state and retry.");
        }
    }

    private Task<PersonResponse?> RepresentationAsync(int id, CancellationToken ct) =>
        db.People.AsNoTracking().Where(p => p.Id == id).Select(PersonResponse.Projection).SingleOrDefaultAsync(ct);
}
