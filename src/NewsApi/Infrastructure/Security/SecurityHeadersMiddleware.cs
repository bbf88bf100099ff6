using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace NewsApi.Infrastructure.Security;

/// <summary>
/// Headers that tell browsers not to sniff, frame or leak the API's answers, on every response (errors, 304s, cached and
/// rate-limited answers included). Set when the response starts, because the exception handler and the output cache
/// replace the headers that were set before them.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>JSON, Atom and problem bodies load nothing and may be framed by no one.</summary>
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Swagger UI runs its own scripts and styles; it may still not be framed (clickjacking the Authorize dialog).</summary>
    public const string SwaggerUiContentSecurityPolicy = "frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = IsSwaggerUi(context.Request.Path) ? SwaggerUiContentSecurityPolicy : ApiContentSecurityPolicy;
            // Whatever sets it (a proxy-aware host, a future middleware), the server software is nobody's business.
            headers.Remove("Server");
            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsSwaggerUi(PathString path) =>
        path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase)
        && !path.Value!.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}

public static class SecuritySetup
{
    /// <summary>Kestrel names itself in a Server header unless told not to; an attacker learns the stack from it.</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        return services;
    }

    /// <summary>Outermost, so that every answer gets the headers, whoever writes it.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeadersMiddleware>();

    /// <summary>After authorization (no body is read for a client that may not write) and before anything binds a parameter.</summary>
    public static IApplicationBuilder UseNulRefusal(this IApplicationBuilder app) => app.UseMiddleware<NulCharacterMiddleware>();
}
