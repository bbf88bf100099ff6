using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Articles;

/// <summary>Marks an action that reads a raw document itself (text/plain or text/html), so that Swagger can document it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RawDocumentBodyAttribute(string textExample, string htmlExample) : Attribute
{
    /// <summary>A small news page: what the HTML path reads (JSON-LD, canonical link, article, figure) and what it drops (nav).</summary>
    public const string HtmlExample =
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Ministers agree on a new rail link | Example News</title>
        <link rel="canonical" href="https://news.example.org/2026/01/05/rail-link">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ministers agree on a new rail link","datePublished":"2026-01-05T09:30:00Z","author":{"@type":"Person","name":"Mara Velden"}}</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Ministers agree on a new rail link</h1>
        <p>VIENNA, Jan 5 - Transport ministers agreed on Monday to build a new rail link between the two capitals.</p>
        <p>Work is due to start next year, and the first trains should run within five years.</p>
        <figure><img src="/media/rail-link.jpg" alt=""><figcaption>The station in Vienna. Photo: Ilse Marn</figcaption></figure>
        </article></body></html>
        """;

    public string TextExample { get; } = textExample;
    public string HtmlExampleBody { get; } = htmlExample;
}

internal sealed class RawDocumentBodyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.MethodInfo.GetCustomAttribute<RawDocumentBodyAttribute>() is not { } body)
        {
            return;
        }
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The raw document, at most 1 MB: plain text (UTF-8 unless a charset says otherwise) or an HTML page "
                + "(the Content-Type charset, else a byte order mark, else its meta charset, else UTF-8 when valid, else windows-1252).",
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["text/plain"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 1024 * 1024 },
                    Example = System.Text.Json.Nodes.JsonValue.Create(body.TextExample),
                },
                ["text/html"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 1024 * 1024 },
                    Example = System.Text.Json.Nodes.JsonValue.Create(body.HtmlExampleBody),
                },
            },
        };
    }
}
