using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure.OpenApi;

/// <summary>
/// The groups Swagger UI shows, by resource rather than by controller: an article's writes and its related articles are
/// article operations, whichever class serves them. Descriptions are written for integrators here, not taken from the
/// controllers' summaries, which name the classes behind them.
/// </summary>
internal sealed class ApiTags : IDocumentFilter
{
    private static readonly (string Name, string Description)[] Described =
    [
        ("Articles", "News articles: list, search, facets and paging; one article in JSON, JSON-LD or ninjs; related articles; "
            + "ingest of raw documents, previews, and JSON writes (API key)."),
        ("People", "People mentioned, quoted or credited in articles, with their articles, quotes and the people and organizations they appear with."),
        ("Organizations", "Organizations mentioned in articles, with their articles, affiliated people and co-occurring people and organizations."),
        ("Tags", "Topics and places that articles are tagged with, and their articles."),
        ("Quotes", "Who said what, in which article, filtered by speaker, affiliation, tag, text and date."),
        ("Search", "Search-box suggestions across articles, people, organizations and tags."),
        ("Feeds", "Atom feeds (RFC 4287) of the newest articles, overall or by tag, person or organization, for feed readers."),
        ("Changes", "The change feed: every creation, update and deletion in order, for mirrors."),
    ];

    /// <summary>The tag of an operation: its controller's name, with the article controllers under one.</summary>
    public static IList<string> For(ApiDescription description)
    {
        var controller = (description.ActionDescriptor as ControllerActionDescriptor)?.ControllerName ?? description.GroupName ?? "Other";
        return [controller is "ArticleWrites" or "RelatedArticles" or "ArticleBatchIngest" ? "Articles" : controller];
    }

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var used = context.ApiDescriptions.SelectMany(For).ToHashSet(StringComparer.Ordinal);
        var tags = new HashSet<OpenApiTag>();
        foreach (var (name, description) in Described.Where(d => used.Contains(d.Name)))
        {
            tags.Add(new OpenApiTag { Name = name, Description = description });
        }
        foreach (var name in used.Where(u => !Described.Any(d => d.Name == u)).Order(StringComparer.Ordinal))
        {
            tags.Add(new OpenApiTag { Name = name });
        }
        swaggerDoc.Tags = tags;
    }
}
