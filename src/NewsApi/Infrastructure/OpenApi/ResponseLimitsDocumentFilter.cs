using Microsoft.OpenApi;
using NewsApi.Infrastructure.RateLimiting;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure.OpenApi;

/// <summary>
/// Documents what every response really carries (the IETF draft RateLimit headers on every 2xx and 4xx), the answers any
/// operation can give (429 past the rate limit, 500 for a failure of the server's own), and gives the limits that the
/// request pipeline enforces to parameters whose C# type cannot express them.
/// </summary>
internal sealed class ResponseLimitsDocumentFilter : IDocumentFilter
{
    // The request pipeline refuses query strings over RequestLimitOptions.QueryStringLength (2048 by default);
    // every repeated value costs at least two characters ("a&"), so no array parameter can carry more than this.
    internal const int MaxRepeatedQueryValues = 1024;

    // yyyy-MM-dd
    private const int DateLength = 10;

    // RFC 9110 gives no limit; the server's own header budget (RequestLimitOptions.HeadersTotalLength) bounds what it reads.
    private const int HeaderValueMaxLength = 16384;

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var problem = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        foreach (var operation in document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []))
        {
            operation.Responses ??= [];
            // Every request counts against the read or write limit of its client, so every operation can answer 429.
            operation.Responses.TryAdd("429", new OpenApiResponse
            {
                Description = "Too many requests from this client (key or address) in the current window; `Retry-After` says when to try again.",
                Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["Retry-After"] = new OpenApiHeader
                    {
                        Description = "Seconds until the window resets.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                    },
                },
                Content = ProblemContent(problem),
            });
            operation.Responses.TryAdd("500", new OpenApiResponse
            {
                Description = "The server failed on its own account; the problem's `traceId` identifies the request in the server's log.",
                Content = ProblemContent(problem),
            });
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                Limit(parameter.Schema as OpenApiSchema, parameter.In == ParameterLocation.Header ? HeaderValueMaxLength : null);
            }
            foreach (var (status, response) in operation.Responses ?? new OpenApiResponses())
            {
                if (response is not OpenApiResponse concrete || status.Length != 3 || status[0] is not ('2' or '4'))
                {
                    continue;
                }
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers.TryAdd(ApiRateLimits.RateLimitHeader, RateLimitHeader);
                concrete.Headers.TryAdd(ApiRateLimits.RateLimitPolicyHeader, RateLimitPolicyHeader);
                foreach (var header in concrete.Headers.Values.OfType<OpenApiHeader>())
                {
                    Limit(header.Schema as OpenApiSchema, HeaderValueMaxLength);
                }
            }
        }
    }

    private static Dictionary<string, IOpenApiMediaType> ProblemContent(IOpenApiSchema problem) =>
        new() { [ProblemResults.ContentType] = new OpenApiMediaType { Schema = problem } };

    private static void Limit(OpenApiSchema? schema, int? stringMaxLength)
    {
        if (schema is null)
        {
            return;
        }
        if (schema.Type == JsonSchemaType.Array)
        {
            schema.MaxItems ??= MaxRepeatedQueryValues;
            Limit(schema.Items as OpenApiSchema, stringMaxLength);
        }
        else if (schema.Type == JsonSchemaType.String && schema.MaxLength is null && schema.Enum is not { Count: > 0 })
        {
            schema.MaxLength = schema.Format is "date" ? DateLength : stringMaxLength;
        }
        else if (schema.Type == JsonSchemaType.Integer)
        {
            schema.Format ??= "int32";
            schema.Minimum ??= "0";
            schema.Maximum ??= int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static OpenApiHeader RateLimitHeader => new()
    {
        Example = System.Text.Json.Nodes.JsonValue.Create("limit=300, remaining=299, reset=45"),
        Description = "Quota left in the current window for this client (IETF draft): `limit=300, remaining=299, reset=45`.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
    };

    private static OpenApiHeader RateLimitPolicyHeader => new()
    {
        Example = System.Text.Json.Nodes.JsonValue.Create("300;w=60"),
        Description = "The quota policy (IETF draft): permits per window of seconds, `300;w=60` for reads.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
    };
}
