using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure.Caching;

/// <summary>Documents what caching adds to every read: ETag and Cache-Control on 200, and 304 for a matching If-None-Match.</summary>
internal sealed class CachingOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!string.Equals(context.ApiDescription.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)
            || operation.Responses is null
            || !operation.Responses.TryGetValue("200", out var ok)
            || ok is not OpenApiResponse response)
        {
            return;
        }
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers.TryAdd("ETag", new OpenApiHeader
        {
            Description = "Strong validator of this representation; send it back in If-None-Match to get 304 while nothing shown here has changed.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        response.Headers.TryAdd("Cache-Control", new OpenApiHeader
        {
            Description = "`public, max-age=N` (Caching:MaxAgeSeconds) without an API key; `private, no-store` with one.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Responses.TryAdd("304", new OpenApiResponse { Description = "If-None-Match names the current ETag; no body." });
    }
}
