using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Paging;

/// <summary>Documents the Link and X-Total-Count headers on every paged list.</summary>
internal sealed class PagingHeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        // The article list answers ArticleListResponse (the paging envelope plus facets), so look for the envelope's total.
        var isPaged = context.ApiDescription.SupportedResponseTypes
            .Any(r => r.Type?.GetProperty(nameof(PagedResponse<object>.TotalItems)) is not null);
        if (!isPaged || operation.Responses is null || !operation.Responses.TryGetValue("200", out var ok) || ok is not OpenApiResponse response)
        {
            return;
        }
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers["Link"] = new OpenApiHeader
        {
            Description = "RFC 8288 links to the first, prev, next and last pages.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };
        response.Headers[PagingHeaders.TotalCount] = new OpenApiHeader
        {
            Description = "How many items match, on all pages.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = "2147483647" },
        };
    }
}
