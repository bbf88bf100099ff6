using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Redirects;

/// <summary>Documents the 301 that <see cref="SlugRedirectFilter"/> gives on every read addressed by a slug.</summary>
internal sealed class SlugRedirectOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!string.Equals(context.ApiDescription.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)
            || !context.ApiDescription.ParameterDescriptions.Any(p => p.Source.Id == "Path" && p.Name is "idOrSlug" or "slug"))
        {
            return;
        }
        operation.Responses ??= [];
        operation.Responses.TryAdd("301", new OpenApiResponse
        {
            Description = "The slug is one this resource had before slugs were transliterated; `Location` is the same address with its current slug.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Location"] = new OpenApiHeader
                {
                    Description = "The absolute address with the current slug.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" },
                },
            },
        });
    }
}
