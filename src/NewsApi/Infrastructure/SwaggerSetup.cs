using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using NewsApi.Infrastructure.Auth;
using NewsApi.Infrastructure.OpenApi;
using NewsApi.Infrastructure.Security;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure;

/// <summary>OpenAPI document at /swagger/v1/swagger.json and the UI at /swagger, fed by the XML comments.</summary>
public static class SwaggerSetup
{
    /// <summary>Semantic version of the API's contract; the major part grows with every change a client must follow.</summary>
    public const string ApiVersion = "2.0.0";

    public static IServiceCollection AddNewsSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "News API",
                // The contract's version (README, Changelog), not the document's address: /swagger/v1/swagger.json stays put.
                Version = ApiVersion,
                Description = "Articles parsed from raw news documents, with the people, organizations and tags they mention. "
                    + "Errors are RFC 9457 problem details (application/problem+json). Lists are paged and carry Link and X-Total-Count headers.",
            });
            // Without the controllers' summaries as tag descriptions: ApiTags describes the groups.
            // Relative: every deployment serves its own document, so the API is wherever the document came from.
            options.AddServer(new OpenApiServer
            {
                Url = "/",
                Description = "Whichever deployment served this document: local, staging or production.",
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(false) },
            });
            options.IncludeXmlComments(Assembly.GetExecutingAssembly());
            options.SupportNonNullableReferenceTypes();
            options.AddSecurityDefinition(ApiKeySecurityOperationFilter.SchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyOptions.HeaderName,
                Description = "Writes need an API key. The 'editor' role may create, update, ingest and merge; 'admin' may also delete. "
                    + "In Development the key 'dev-editor-key-change-me' (editor) or 'dev-admin-key-change-me' (admin) works.",
            });
            options.OperationFilter<ApiKeySecurityOperationFilter>();
            options.OperationFilter<RawDocumentBodyOperationFilter>();
            options.OperationFilter<PagingHeadersOperationFilter>();
            options.OperationFilter<ArticleFormatsOperationFilter>();
            options.ParameterFilter<SlugValuesParameterFilter>();
            options.OperationFilter<Redirects.SlugRedirectOperationFilter>();
            options.CustomOperationIds(OperationIds.For);
            options.TagActionsBy(ApiTags.For);
            options.DocumentFilter<ApiTags>();
            // Last, so that it sees the headers and parameters every other filter has added.
            options.DocumentFilter<ResponseLimitsDocumentFilter>();
        });
        return services;
    }

    public static WebApplication UseNewsSwagger(this WebApplication app)
    {
        if (!SwaggerExposure.IsEnabled(app.Configuration, app.Environment))
        {
            return app;
        }
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "News API v1");
            options.DocumentTitle = "News API";
        });
        app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
        return app;
    }
}

/// <summary>
/// Puts the API-key requirement, with its 401 and 403 problem responses, on exactly the operations that carry [Authorize],
/// so that Swagger UI sends the key only where it is needed and public reads stay visibly public.
/// </summary>
internal sealed class ApiKeySecurityOperationFilter : IOperationFilter
{
    public const string SchemeId = "ApiKey";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, context.Document)] = [] }];
        operation.Responses ??= [];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        operation.Responses.TryAdd("401", Problem("No API key in X-Api-Key, or a key that is not configured.", problem));
        operation.Responses.TryAdd("403", Problem("The key's role may not do this (deleting needs the admin role).", problem));
    }

    private static OpenApiResponse Problem(string description, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType> { [ProblemResults.ContentType] = new OpenApiMediaType { Schema = schema } },
    };
}

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

/// <summary>Marks a repeated query parameter whose every value is a slug, so that Swagger shows the slug limits on the items rather than on the array.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SlugValuesAttribute(int maxLength) : Attribute
{
    public int MaxLength { get; } = maxLength;
}

internal sealed class SlugValuesParameterFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (context.PropertyInfo?.GetCustomAttribute<SlugValuesAttribute>() is not { } slug
            || parameter.Schema is not OpenApiSchema { Items: OpenApiSchema items })
        {
            return;
        }
        items.Pattern = Slugs.Pattern;
        items.MaxLength = slug.MaxLength;
    }
}
