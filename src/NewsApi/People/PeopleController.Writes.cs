using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsApi.Data.Entities;
using NewsApi.Directories;
using NewsApi.Infrastructure;
using NewsApi.Infrastructure.Auth;
using NewsApi.Search;

namespace NewsApi.People;

// The JSON formatter's "$.member" errors become the same field paths the validators report.
[JsonBodyErrors]
public sealed partial class PeopleController
{
    private static readonly PersonMergeRequestValidator MergeRequestValidator = new();

    private static readonly DirectoryResource<Person, PersonRequest, PersonResponse> Directory = new(
        Noun: "person",
        SlugMaxLength: Person.SlugMaxLength,
        Validator: new PersonRequestValidator(),
        Projection: PersonResponse.Projection,
        ToRequest: current => new PersonRequest { Name = current.Name, Title = current.Title, Affiliation = current.Affiliation?.Slug, Aliases = current.Aliases },
        NewRow: (name, normalizedName, slug) => new Person { Name = name, NormalizedName = normalizedName, Slug = slug },
        ArticlesOf: (db, personId, ct) => db.ArticlesOfPersonAsync(personId, ct),
        ConflictDetail: "Another request saved a person with this name, or removed the affiliation, at the same time. GET the current state and retry.");

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
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Create))]
    public async Task<ActionResult<PersonResponse>> Create(PersonRequest request, CancellationToken ct) =>
        await Writes.CreateAsync(request, ApplyAsync, ct);

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
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Replace))]
    public async Task<ActionResult<PersonResponse>> Replace(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug, PersonRequest request, CancellationToken ct) =>
        await Writes.ReplaceAsync(idOrSlug, request, ApplyAsync, ct);

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
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Patch))]
    public async Task<ActionResult<PersonResponse>> Patch(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug, [FromBody] JsonElement patch, CancellationToken ct) =>
        await Writes.PatchAsync(idOrSlug, patch, ApplyAsync, ct);

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
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Delete))]
    public async Task<ActionResult> Delete(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug, [FromQuery] bool force, CancellationToken ct) =>
        await Writes.DeleteAsync(idOrSlug, force, UnlinkAsync, ct);

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
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Merge))]
    public async Task<ActionResult<PersonResponse>> Merge(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug, PersonMergeRequest request, CancellationToken ct) =>
        await Writes.MergeAsync(idOrSlug, request, MergeRequestValidator, AbsorbAsync, ct);

    private DirectoryWrites<Person, PersonRequest, PersonResponse> Writes => new(this, db, Directory);

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
        person.Aliases = DirectoryNames.CleanAliases(person.Name, request.Aliases);
        return null;
    }

    /// <summary>A forced delete: the person leaves their articles; their quotations keep the text with no speaker.</summary>
    private async Task UnlinkAsync(Person person, CancellationToken ct)
    {
        await db.ArticlePeople.Where(l => l.PersonId == person.Id).ExecuteDeleteAsync(ct);
        await db.Quotes.Where(q => q.SpeakerId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(q => q.SpeakerId, (int?)null), ct);
    }

    /// <summary>
    /// A merge: article links move to the survivor (roles combined and mention counts added where both appear in one
    /// article), so do quotations; the merged name and aliases become aliases; title and affiliation fill the survivor's gaps.
    /// </summary>
    private async Task AbsorbAsync(Person merged, Person survivor, CancellationToken ct)
    {
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

        survivor.Aliases = DirectoryNames.CleanAliases(survivor.Name, [.. survivor.Aliases, merged.Name, .. merged.Aliases]);
        if (survivor.Title is null && merged.Title is not null)
        {
            survivor.Title = merged.Title;
            survivor.TitleAsOf = merged.TitleAsOf;
        }
        survivor.AffiliationId ??= merged.AffiliationId;
    }
}
