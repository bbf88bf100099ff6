using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Formats;

/// <summary>
/// The JSON-LD and ninjs representations are standard documents, not this API's ArticleResponse; saying otherwise would
/// give generated clients the wrong type for them.
/// </summary>
internal sealed class ArticleFormatsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null || !operation.Responses.TryGetValue("200", out var ok) || ok is not OpenApiResponse { Content: { } content })
        {
            return;
        }
        Describe(content, ArticleMediaTypes.JsonLd, "A schema.org NewsArticle in JSON-LD (https://schema.org/NewsArticle), with @context https://schema.org.");
        Describe(content, ArticleMediaTypes.Ninjs, "An IPTC ninjs 3.1 document (https://iptc.org/std/ninjs/), valid against the official ninjs 3.1 JSON Schema.");
    }

    private static void Describe(IDictionary<string, IOpenApiMediaType> content, string mediaType, string description)
    {
        if (content.ContainsKey(mediaType))
        {
            content[mediaType] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Description = description, AdditionalPropertiesAllowed = true },
            };
        }
    }
}
