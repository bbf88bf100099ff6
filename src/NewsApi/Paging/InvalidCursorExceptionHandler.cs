using Microsoft.AspNetCore.Diagnostics;

namespace NewsApi.Paging;

/// <summary>
/// Turns <see cref="InvalidCursorException"/> into the same 400 validation problem a bad query parameter gives, so that a
/// cursor is judged where its sort is known (deep in the list query) without threading results back through every controller.
/// </summary>
internal sealed class InvalidCursorExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const string ParameterName = "cursor";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not InvalidCursorException invalid)
        {
            return false;
        }
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ValidationProblemDetails(new Dictionary<string, string[]> { [ParameterName] = [invalid.Message] })
            {
                Status = StatusCodes.Status400BadRequest,
            },
        });
    }
}

/// <summary>A cursor that cannot be used here; answered as a 400 problem naming the `cursor` parameter.</summary>
public sealed class InvalidCursorException(string message) : Exception(message);
