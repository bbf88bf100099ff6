using System.Text.Json.Nodes;
using NewsApi.Articles;

namespace NewsApi.Formats;

/// <summary>An article as an IPTC ninjs 3.1 news item, the JSON that newsroom systems exchange.</summary>
public static class NinjsArticleMapper
{
    public const string SchemaUri = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

    /// <summary>Rendition name of the web page an article was read from.</summary>
    public const string CanonicalRenditionName = "canonical";

    /// <summary>Rendition name of a picture as the page linked it: the only size the API knows.</summary>
    public const string ImageRenditionName = "original";

    // The parser reads English-language news pages; nothing else is stored.
    private const string Language = "en";

    public static JsonObject Map(ArticleResponse article, ArticleLinks links)
    {
        var node = new JsonObject
        {
            ["uri"] = links.Article(article.Slug),
            ["standard"] = new JsonObject { ["name"] = "ninjs", ["version"] = "3.1", ["schema"] = SchemaUri },
            ["type"] = "text",
            ["representationType"] = "full",
            ["firstCreated"] = ArticleLinks.Instant(article.PublishedAt ?? article.Provenance.CreatedAt),
            ["versionCreated"] = ArticleLinks.Instant(article.Provenance.UpdatedAt),
            ["language"] = Language,
            ["slugline"] = article.Slug,
            ["headlines"] = new JsonArray(new JsonObject { ["role"] = "main", ["value"] = article.Headline }),
        };
        if (!string.IsNullOrWhiteSpace(article.Standfirst))
        {
            node["descriptions"] = new JsonArray(new JsonObject { ["role"] = "summary", ["value"] = article.Standfirst });
        }
        var body = string.Join("\n\n", article.Body);
        node["bodies"] = new JsonArray(new JsonObject
        {
            ["role"] = "main",
            ["contentType"] = "text/plain",
            ["value"] = body,
            ["charCount"] = body.Length,
            ["wordCount"] = article.WordCount,
        });
        if (article.Byline.Count > 0)
        {
            node["by"] = string.Join(", ", article.Byline.Select(b => b.Name));
        }
        if (!string.IsNullOrWhiteSpace(article.Dateline))
        {
            node["located"] = article.Dateline;
        }
        if (article.Source is { } source)
        {
            node["copyrightHolder"] = source;
        }
        if (article.People.Count > 0)
        {
            node["people"] = new JsonArray(article.People.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p.Name,
                ["rel"] = string.Join(" ", p.Roles.Select(RoleName)),
                ["uri"] = links.Person(p.Slug),
                ["literal"] = p.Slug,
            }).ToArray());
        }
        if (article.Organizations.Count > 0)
        {
            node["organisations"] = new JsonArray(article.Organizations.Select(o => (JsonNode)new JsonObject
            {
                ["name"] = o.Name,
                ["rel"] = "mentioned",
                ["uri"] = links.Organization(o.Slug),
                ["literal"] = o.Slug,
            }).ToArray());
        }
        var places = JsonLdArticleMapper.Places(article).ToList();
        if (places.Count > 0)
        {
            node["places"] = new JsonArray(places.Select(name => (JsonNode)new JsonObject { ["name"] = name }).ToArray());
        }
        if (article.Tags.Count > 0)
        {
            node["subjects"] = new JsonArray(article.Tags.Select(t => (JsonNode)new JsonObject
            {
                ["name"] = t.Name,
                ["rel"] = t.Kind == TagKind.Place ? "place" : "topic",
                ["uri"] = links.Tag(t.Slug),
                ["literal"] = t.Slug,
            }).ToArray());
        }
        if (article.CanonicalUrl is { } canonical)
        {
            // ninjs 3.1 has no links array and its uri is the item's identifier, so the web page is the item's HTML rendition.
            node["renditions"] = new JsonArray(new JsonObject
            {
                ["name"] = CanonicalRenditionName,
                ["href"] = canonical,
                ["contentType"] = "text/html",
                ["title"] = "The article's own page (its canonical URL)",
            });
        }
        if (article.Images.Count > 0)
        {
            node["associations"] = new JsonArray(article.Images.Select((image, index) => (JsonNode)ImageNode(image, index + 1, article.Slug, links)).ToArray());
        }
        return node;
    }

    private static JsonObject ImageNode(ImageResponse image, int position, string articleSlug, ArticleLinks links)
    {
        var node = new JsonObject
        {
            ["name"] = $"image-{position}",
            ["rel"] = "illustration",
            ["uri"] = links.Image(articleSlug, position),
            ["type"] = "picture",
            ["descriptions"] = new JsonArray(new JsonObject { ["role"] = "caption", ["value"] = image.Caption }),
        };
        if (!string.IsNullOrWhiteSpace(image.Credit))
        {
            node["by"] = image.Credit;
            node["copyrightHolder"] = image.Credit;
        }
        if (image.Url is { } url)
        {
            node["renditions"] = new JsonArray(new JsonObject { ["name"] = ImageRenditionName, ["href"] = url });
        }
        return node;
    }

    private static string RoleName(PersonRoleName role) => role == PersonRoleName.InCaption ? "in-caption" : role.ToString().ToLowerInvariant();
}
