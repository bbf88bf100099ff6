using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using FluentValidation;
using NewsApi.Articles;
using NewsApi.Data.Naming;

namespace NewsApi.Search;

/// <summary>What a search box asks for while the user types.</summary>
public sealed record SuggestionQuery
{
    public const int QueryMaxLength = 100;
    public const int MaxLimit = 20;

    /// <summary>What the user has typed so far; the last word counts as a prefix (`okaf` finds Okafor).</summary>
    /// <example>kash</example>
    [FromQuery(Name = "q")]
    [MaxLength(QueryMaxLength)]
    public string? Q { get; init; }

    /// <summary>Comma-separated kinds to return: `articles`, `people`, `organizations`, `tags`; all four by default.</summary>
    /// <example>people,articles</example>
    [FromQuery(Name = "types")]
    [MaxLength(100)]
    public string? Types { get; init; }

    /// <summary>Results per kind, 1 to 20.</summary>
    /// <example>5</example>
    [FromQuery(Name = "limit")]
    [Range(1, MaxLimit)]
    public int Limit { get; init; } = 5;
}

public sealed class SuggestionQueryValidator : AbstractValidator<SuggestionQuery>
{
    public static readonly string[] Kinds = ["articles", "people", "organizations", "tags"];

    public SuggestionQueryValidator()
    {
        RuleFor(x => x.Q).NotEmpty().WithMessage("'q' is required: the text typed so far.").MaximumLength(SuggestionQuery.QueryMaxLength);
        RuleFor(x => x.Limit).InclusiveBetween(1, SuggestionQuery.MaxLimit);
        RuleFor(x => x.Types)
            .Must(t => t!.Split(',').All(k => Kinds.Contains(k.Trim(), StringComparer.Ordinal)))
            .When(x => x.Types is not null)
            .WithMessage($"'types' is a comma-separated list of {string.Join(", ", Kinds)}.");
    }
}

/// <summary>One suggestion.</summary>
/// <param name="Type" example="person">`article`, `person`, `organization` or `tag`.</param>
/// <param name="Slug" example="amara-okafor">Key to the item's own endpoint.</param>
/// <param name="Title" example="Amara Okafor">Headline of an article, name of anything else.</param>
/// <param name="Snippet">For an article, the first excerpt where the query matched, with its highlights.</param>
public sealed record SearchSuggestion(string Type, string Slug, string Title, HighlightFragment? Snippet);

/// <summary>Suggestions, grouped by kind in the order articles, people, organizations, tags.</summary>
/// <param name="Items">At most `limit` of each kind asked for.</param>
public sealed record SearchSuggestions(IReadOnlyList<SearchSuggestion> Items);

[ApiController]
[Route("api/search")]
public sealed class SearchController(NewsDbContext db, ILogger<SearchController> logger) : ControllerBase
{
    private static readonly SuggestionQueryValidator Validator = new();

    /// <summary>Searches articles, people, organizations and tags at once, for a search box with suggestions.</summary>
    /// <remarks>
    /// People, organizations and tags match when their name or an alias (people, organizations) starts with the query, or
    /// has a word that does, ignoring case and accents: `okaf` finds "Amara Okafor". Articles match through the full-text
    /// index with the article list's `q` syntax, the last word taken as a prefix; best first. Each kind gives at most
    /// `limit` results; shorter names and more-linked entities first.
    /// </remarks>
    /// <response code="200">The suggestions; empty when nothing matches.</response>
    /// <response code="400">`q` is missing or too long, `types` names an unknown kind, or `limit` is out of range.</response>
    [HttpGet]
    [ProducesResponseType<SearchSuggestions>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    public async Task<ActionResult<SearchSuggestions>> Suggest([FromQuery] SuggestionQuery query, CancellationToken ct)
    {
        if (!this.TryValidate(Validator, query))
        {
            return ValidationProblem();
        }
        var kinds = (query.Types ?? string.Join(',', SuggestionQueryValidator.Kinds)).Split(',').Select(k => k.Trim()).ToHashSet(StringComparer.Ordinal);
        var text = query.Q!.Trim();
        var items = new List<SearchSuggestion>();

        if (kinds.Contains("articles"))
        {
            // The word being typed is unfinished: search it as a prefix, unless it already ends a phrase or is one.
            var typed = text.Length > 0 && SearchQuery.IsWordChar(text[^1]) && SearchQuery.Words(text).LastOrDefault()?.Length >= SearchQuery.MinPrefixLength
                ? text + "*"
                : text;
            if (SearchQuery.TryParse(typed, out var search, out _) && search is { MatchesNothing: false })
            {
                try
                {
                    var hits = await db.Ranked(search).OrderBy(r => r.Rank).ThenByDescending(r => r.Id).Take(query.Limit).Select(r => r.Id).ToListAsync(ct);
                    var slugs = await db.Articles.Where(a => hits.Contains(a.Id)).Select(a => new { a.Id, a.Slug, a.Headline }).ToDictionaryAsync(a => a.Id, ct);
                    var texts = await db.IndexedTextsAsync(hits, ct);
                    var highlighter = new Highlighter(search.PositiveTerms);
                    foreach (var id in hits.Where(slugs.ContainsKey))
                    {
                        var snippet = texts.TryGetValue(id, out var t)
                            ? ArticleSearchQueries.Highlight(highlighter, t).Select(h => h.Fragments[0]).FirstOrDefault()
                            : null;
                        items.Add(new SearchSuggestion("article", slugs[id].Slug, slugs[id].Headline, snippet));
                    }
                }
                catch (DbException exception) when (SearchDialect.RefusedQuery(db, exception))
                {
                    // Suggestions are best effort: an expression the database refuses yields no article suggestions rather than an error.
                    logger.LogWarning(exception, "The database refused the suggestion expression {Match}", search.Match);
                }
            }
        }

        var name = NameNormalizer.Normalize(text);
        if (name.Length > 0)
        {
            var wordStart = " " + name;
            var lowered = text.ToLowerInvariant();
            if (kinds.Contains("people"))
            {
                items.AddRange((await db.People
                    .Where(p => p.NormalizedName.StartsWith(name) || (" " + p.NormalizedName).Contains(wordStart)
                        || p.Aliases.Any(a => a.ToLower().StartsWith(lowered)))
                    .OrderByDescending(p => p.Articles.Count).ThenBy(p => p.Name.Length).ThenBy(p => p.Name)
                    .Take(query.Limit).Select(p => new { p.Slug, p.Name }).ToListAsync(ct))
                    .Select(p => new SearchSuggestion("person", p.Slug, p.Name, null)));
            }
            if (kinds.Contains("organizations"))
            {
                items.AddRange((await db.Organizations
                    .Where(o => o.NormalizedName.StartsWith(name) || (" " + o.NormalizedName).Contains(wordStart)
                        || o.Aliases.Any(a => a.ToLower().StartsWith(lowered)))
                    .OrderByDescending(o => o.Articles.Count).ThenBy(o => o.Name.Length).ThenBy(o => o.Name)
                    .Take(query.Limit).Select(o => new { o.Slug, o.Name }).ToListAsync(ct))
                    .Select(o => new SearchSuggestion("organization", o.Slug, o.Name, null)));
            }
            if (kinds.Contains("tags"))
            {
                items.AddRange((await db.Tags
                    .Where(t => t.NormalizedName.StartsWith(name) || (" " + t.NormalizedName).Contains(wordStart))
                    .OrderByDescending(t => t.Articles.Count).ThenBy(t => t.Name.Length).ThenBy(t => t.Name)
                    .Take(query.Limit).Select(t => new { t.Slug, t.Name }).ToListAsync(ct))
                    .Select(t => new SearchSuggestion("tag", t.Slug, t.Name, null)));
            }
        }
        return new SearchSuggestions(items);
    }
}
