using System.ComponentModel.DataAnnotations;
using NewsApi.Directories;
using NewsApi.Paging;

namespace NewsApi.People;

/// <summary>People mentioned, quoted or credited in articles; the actions it shares with the other directories are documented here.</summary>
/// <directory one="person" a="a person" many="people" key="vasily-kashin" edit-key="amara-okafor" duplicate-key="okafor" />
/// <operation name="List">
/// <remarks>`q` matches part of the name or of an alias, case-insensitive. Paged like every list: `Link` and `X-Total-Count` headers.</remarks>
/// </operation>
/// <operation name="Get">
/// <summary>One person with their title, affiliation, aliases and article count.</summary>
/// <remarks>`idOrSlug` is an id when it is all digits and a slug otherwise. The title and affiliation are the latest an article gives.</remarks>
/// </operation>
/// <operation name="Create">
/// <remarks>
/// The slug is made from the name (with a numeric suffix when taken) and never changes afterwards, not even on a rename.
/// `affiliation` is the slug of an existing organization. Needs an `editor` or `admin` key in `X-Api-Key`.
/// </remarks>
/// <response code="400">The body is invalid, has a property a client may not set (`id`, `slug`...), or names an unknown affiliation; `errors` names the field.</response>
/// </operation>
/// <operation name="Replace">
/// <summary>Replaces a person's name, title, affiliation and aliases.</summary>
/// <remarks>
/// Send the ETag of your last GET in `If-Match`. A renamed person keeps their slug. Omitted `title`, `affiliation` and
/// `aliases` are cleared. Needs an `editor` or `admin` key.
/// </remarks>
/// <response code="400">The body is invalid, has a property a client may not set, or names an unknown affiliation.</response>
/// </operation>
/// <operation name="Patch">
/// <parameter name="patch">The members to change, such as `{ "title": "professor" }`.</parameter>
/// </operation>
/// <operation name="Delete">
/// <remarks>
/// A person still linked to articles is a 409 (with `articleCount`) unless `force=true`, which first removes them from
/// those articles and leaves the quotations attributed to them without a speaker. Send `If-Match`. Needs an `admin` key.
/// </remarks>
/// <parameter name="force">Unlink from articles and quotes first instead of refusing.</parameter>
/// </operation>
/// <operation name="Merge">
/// <remarks>
/// The person in the path is merged INTO the person named by `into` and deleted, in one transaction: their article
/// links move (roles are combined and mention counts added where both appear in one article), their quotations get the
/// survivor as speaker, their name and aliases become the survivor's aliases, and their title and affiliation fill the
/// survivor's when it has none. `If-Match` is optional; when sent, it must be the ETag of the person in the path.
/// Needs an `editor` or `admin` key.
/// </remarks>
/// </operation>
/// <param name="db">The database.</param>
[Route("api/people")]
public sealed partial class PeopleController(NewsDbContext db)
    : EntityDirectoryController<Person, ArticlePerson, PersonSummary, PersonResponse, PersonRequest, PersonMergeRequest>(db)
{
    protected override DirectoryResource<Person, PersonRequest> Resource { get; } = new(
        new PersonRequestValidator(),
        (name, normalizedName, slug) => new Person { Name = name, NormalizedName = normalizedName, Slug = slug },
        ConflictDetail: "Another request saved a person with this name, or removed the affiliation, at the same time. GET the current state and retry.");

    /// <summary>Quotations attributed to a person, newest article first.</summary>
    /// <remarks>Each quotation carries the article it comes from (slug, headline, publishedAt). Partial quotes are phrases quoted inside a sentence.</remarks>
    /// <param name="idOrSlug" example="vasily-kashin">Numeric id or slug of the person.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">One page of quotations.</response>
    /// <response code="400">A parameter is out of range or malformed.</response>
    /// <response code="404">No person has that id or slug.</response>
    [HttpGet("{idOrSlug}/quotes")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Linked))]
    public async Task<ActionResult<PagedResponse<PersonQuoteResponse>>> Quotes(
        [RegularExpression(IdOrSlug.Pattern)] string idOrSlug, [FromQuery] PageQuery paging, CancellationToken ct) =>
        await Reads.LinkedAsync(idOrSlug, personId => QuotesOf(personId).ToPageAsync(paging, ct), ct);

    private IQueryable<PersonQuoteResponse> QuotesOf(int personId) => Db.Quotes.AsNoTracking()
        .Where(q => q.SpeakerId == personId)
        .OrderByDescending(q => q.Article.PublishedAt).ThenByDescending(q => q.ArticleId).ThenBy(q => q.Order).ThenBy(q => q.Id)
        .Select(q => new PersonQuoteResponse(q.Text, q.Partial, new QuotedInArticle(q.Article.Slug, q.Article.Headline, q.Article.PublishedAt)));
}
