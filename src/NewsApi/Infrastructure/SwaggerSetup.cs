using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using NewsApi.Articles;
using NewsApi.Directories;
using NewsApi.Formats;
using NewsApi.Infrastructure.Auth;
using NewsApi.Infrastructure.OpenApi;
using NewsApi.Infrastructure.Security;
using NewsApi.Paging;
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
            options.IncludeDirectoryOperationDocs();
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
            options.OperationFilter<BatchIngestOperationFilter>();
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
