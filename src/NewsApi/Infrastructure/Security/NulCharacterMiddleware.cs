using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure.Security;

/// <summary>
/// Refuses NUL in a query parameter (<c>%00</c>) or in a JSON body's strings (<c>\u0000</c>) with a 400 naming where it
/// was. No text means anything with NUL in it, and PostgreSQL takes no NUL in a text parameter: the query would fail and
/// answer 500. Kestrel already refuses NUL in the path; raw documents (text/plain) are cleaned by the parser.
/// Runs after authorization, so that no body is read for a client that may not write.
/// </summary>
internal sealed class NulCharacterMiddleware(RequestDelegate next, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions)
{
    private const string Message = "The value holds a NUL character.";

    public async Task InvokeAsync(HttpContext context)
    {
        // Only actions bind values. Routing answers a request whose content type no action consumes with its own 415 endpoint,
        // which carries no authorization: reading the body there would answer an anonymous write 400 instead of 415.
        if (context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor>() is null)
        {
            await next(context);
            return;
        }
        var errors = QueryErrors(context.Request);
        if (errors.Count == 0 && await JsonBodyHoldsNulAsync(context.Request))
        {
            errors["body"] = ["A string in the body holds a NUL character (\\u0000)."];
        }
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

    private static Dictionary<string, string[]> QueryErrors(HttpRequest request)
    {
        if (!request.QueryString.HasValue || !request.QueryString.Value!.Contains("%00", StringComparison.Ordinal))
        {
            return [];
        }
        return request.Query
            .Where(parameter => parameter.Key.Contains('\0', StringComparison.Ordinal)
                || parameter.Value.Any(value => value is not null && value.Contains('\0', StringComparison.Ordinal)))
            .Select(parameter => parameter.Key.Replace("\0", "", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(name => name, _ => new[] { Message }, StringComparer.Ordinal);
    }

    /// <summary>
    /// JSON can carry NUL only as the escape <c>\u0000</c> (a raw control character is malformed JSON, which the formatter
    /// refuses). The body is buffered, within the limit the request-limits middleware set, and rewound for the formatter.
    /// </summary>
    private static async Task<bool> JsonBodyHoldsNulAsync(HttpRequest request)
    {
        if (request.ContentType is not { } type || !type.Contains("json", StringComparison.OrdinalIgnoreCase)
            || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            return false;
        }
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return HoldsEscapedNul(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>True when <c>\u0000</c> appears as an escape: preceded by an odd number of backslashes, not an escaped backslash.</summary>
    internal static bool HoldsEscapedNul(ReadOnlySpan<byte> json)
    {
        ReadOnlySpan<byte> escape = "u0000"u8;
        for (var i = json.IndexOf(escape); i >= 0; i = NextIndex(json, escape, i))
        {
            var backslashes = 0;
            for (var j = i - 1; j >= 0 && json[j] == (byte)'\\'; j--)
            {
                backslashes++;
            }
            if (backslashes % 2 == 1)
            {
                return true;
            }
        }
        return false;
    }

    private static int NextIndex(ReadOnlySpan<byte> json, ReadOnlySpan<byte> escape, int from)
    {
        var next = json[(from + 1)..].IndexOf(escape);
        return next < 0 ? -1 : from + 1 + next;
    }
}
