using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure;

/// <summary>
/// Writes problem details as application/problem+json when the default writer declines because Accept names no JSON type
/// (text/html, application/atom+xml): without it status-code pages fall back to text/plain, and the request limits and
/// the exception handler, finding no writer, end in an empty 500. Registered after the default writer, so it only answers
/// what that one declines.
/// </summary>
internal sealed class ProblemJsonFallbackWriter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        return new ValueTask(http.Response.WriteAsJsonAsync(
            problem, problem.GetType(), jsonOptions.Value.SerializerOptions, ProblemResults.ContentType, http.RequestAborted));
    }
}

/// <summary>
/// A JSON body that cannot be decoded in the charset its Content-Type names (an odd byte count as UTF-16, say) is the
/// client's error: 400, not the 500 the formatter's transcoding exception would otherwise become.
/// </summary>
internal sealed class UndecodableBodyExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DecoderFallbackException || httpContext.Response.HasStarted)
        {
            return false;
        }
        return await problems.WriteBadRequestAsync(httpContext, exception,
            "The request body could not be decoded.",
            "The body is not valid in the charset its Content-Type names; send UTF-8 JSON.");
    }
}

/// <summary>How an exception handler turns an exception that is the client's fault into a 400 problem.</summary>
internal static class BadRequestProblems
{
    public static async ValueTask<bool> WriteBadRequestAsync(
        this IProblemDetailsService problems, HttpContext httpContext, Exception exception, string title, string detail)
    {
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = title, Detail = detail },
        });
    }
}
