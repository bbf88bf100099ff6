using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure.Security;

/// <summary>
/// Refuses a query string holding NUL (<c>%00</c>) with a 400 naming the parameter. No text means anything with NUL in it,
/// and PostgreSQL cannot take one in any text parameter: it would fail the query and answer 500. Kestrel already refuses
/// NUL in the path.
/// </summary>
internal sealed class NulCharacterMiddleware(RequestDelegate next, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.QueryString.HasValue || !request.QueryString.Value!.Contains("%00", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }
        var errors = request.Query
            .Where(parameter => parameter.Key.Contains('\0', StringComparison.Ordinal)
                || parameter.Value.Any(value => value is not null && value.Contains('\0', StringComparison.Ordinal)))
            .Select(parameter => parameter.Key.Replace("\0", "", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(name => name, _ => new[] { "The value holds a NUL character (%00)." }, StringComparer.Ordinal);
        if (errors.Count == 0)
        {
            await next(context);
            return;
        }
        // Written here rather than through IProblemDetailsService: once routing has picked a controller, MVC's writer would
        // rebuild the problem without its errors.
        var problem = new ValidationProblemDetails(errors)
        {
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        };
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.Response.WriteAsJsonAsync(problem, problem.GetType(), jsonOptions.Value.SerializerOptions, ProblemResults.ContentType,
            context.RequestAborted);
    }
}
