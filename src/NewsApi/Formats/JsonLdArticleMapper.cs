using System.Text.Json.Nodes;
using NewsApi.Articles;

namespace NewsApi.Formats;

/// <summary>An article as a schema.org NewsArticle in JSON-LD, the form search engines read.</summary>
public static class JsonLdArticleMapper
{
    public const string Context = "https://schema.org";

    public static JsonObject Map(ArticleResponse article, ArticleLinks links)
    {
        var url = links.Article(article.Slug);
        var bylinePeople = article.People.Where(p => p.Roles.Contains(PersonRoleName.Byline)).ToList();
        var mentionedPeople = article.People.Where(p => p.Roles.Any(role => role is PersonRoleName.Quoted or PersonRoleName.Mentioned or PersonRoleName.InCaption)).ToList();

        var node = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "NewsArticle",
            ["@id"] = url,
            // The page the article was read from is its address on the web; the API link stays its @id.
            ["url"] = article.CanonicalUrl ?? url,
            ["identifier"] = article.Slug,
            ["headline"] = article.Headline,
        };
        if (article.CanonicalUrl is { } canonical)
        {
            node["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = canonical };
        }
        Add(node, "description", article.Standfirst);
        if (article.PublishedAt is { } published)
        {
            node["datePublished"] = ArticleLinks.Instant(published);
        }
        node["dateCreated"] = ArticleLinks.Instant(article.Provenance.CreatedAt);
        node["dateModified"] = ArticleLinks.Instant(article.Provenance.UpdatedAt);
        if (bylinePeople.Count > 0)
        {
            node["author"] = Array(bylinePeople.Select(p => PersonNode(p.Slug, p.Name, links)));
        }
        else if (article.Byline.Count > 0)
        {
            node["author"] = Array(article.Byline.Select(author => new JsonObject { ["@type"] = "Person", ["name"] = author.Name }));
        }
        if (article.Contributors.Count > 0)
        {
            node["contributor"] = Array(article.Contributors.DistinctBy(c => c.Slug).Select(c => PersonNode(c.Slug, c.Name, links)));
        }
        if (article.Source is { } source)
        {
            node["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = source };
            node["sourceOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = source };
        }
        Add(node, "dateline", article.Dateline);
        Add(node, "articleSection", article.Section);
        if (article.Tags.Count > 0)
        {
            node["keywords"] = Array(article.Tags.Select(t => JsonValue.Create(t.Name)));
            node["about"] = Array(article.Tags.Select(t => TagNode(t, links)));
        }

        var mentions = mentionedPeople.Select(p => PersonNode(p.Slug, p.Name, links))
            .Concat(article.Organizations.Select(o => OrganizationNode(o.Slug, o.Name, links)))
            .Concat(Places(article).Select(PlaceNode))
            .ToList();
        if (mentions.Count > 0)
        {
            node["mentions"] = Array(mentions);
        }
        if (article.Images.Count > 0)
        {
            node["image"] = Array(article.Images.Select((image, index) => ImageNode(image, links.Image(article.Slug, index + 1))));
        }
        node["articleBody"] = string.Join("\n\n", article.Body);
        node["wordCount"] = article.WordCount;
        return node;
    }

    /// <summary>Place tags and the dateline: the places the stored article names.</summary>
    internal static IEnumerable<string> Places(ArticleResponse article) =>
        article.Tags.Where(t => t.Kind == TagKind.Place).Select(t => t.Name)
            .Append(article.Dateline)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase);

    private static JsonObject PersonNode(string slug, string name, ArticleLinks links) =>
        new() { ["@type"] = "Person", ["@id"] = links.Person(slug), ["name"] = name };

    private static JsonObject OrganizationNode(string slug, string name, ArticleLinks links) =>
        new() { ["@type"] = "Organization", ["@id"] = links.Organization(slug), ["name"] = name };

    private static JsonObject PlaceNode(string name) => new() { ["@type"] = "Place", ["name"] = name };

    private static JsonObject TagNode(ArticleTagResponse tag, ArticleLinks links) =>
        new() { ["@type"] = tag.Kind == TagKind.Place ? "Place" : "Thing", ["@id"] = links.Tag(tag.Slug), ["name"] = tag.Name };

    private static JsonObject ImageNode(ImageResponse image, string id)
    {
        var node = new JsonObject { ["@type"] = "ImageObject", ["@id"] = id, ["caption"] = image.Caption };
        Add(node, "url", image.Url);
        Add(node, "contentUrl", image.Url);
        Add(node, "creditText", image.Credit);
        return node;
    }

    private static void Add(JsonObject node, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            node[name] = value;
        }
    }

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new(items.ToArray());
}
