using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure.RateLimiting;

public static class RateLimitSetup
{
    public static IServiceCollection AddApiRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName)
            .Validate(o => o.Reads.PermitLimit > 0 && o.Writes.PermitLimit > 0, "RateLimits: every PermitLimit must be positive.")
            .Validate(o => o.Reads.WindowSeconds > 0 && o.Writes.WindowSeconds > 0, "RateLimits: every WindowSeconds must be positive.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ApiRateLimits>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<ApiRateLimits>((options, limits) =>
        {
            if (!limits.Enabled)
            {
                return;
            }
            options.GlobalLimiter = limits.Limiter;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) => WriteRejectionAsync(context.HttpContext, limits);
        });
        return services;
    }

    /// <summary>Limits every request, then puts the RateLimit headers on the answer; call after authentication so that keys partition.</summary>
    public static IApplicationBuilder UseApiRateLimits(this IApplicationBuilder app)
    {
        var limits = app.ApplicationServices.GetRequiredService<ApiRateLimits>();
        if (!limits.Enabled)
        {
            return app;
        }
        app.UseRateLimiter();
        return app.Use((context, next) =>
        {
            limits.WriteHeaders(context);
            return next(context);
        });
    }

    private static async ValueTask WriteRejectionAsync(HttpContext context, ApiRateLimits limits)
    {
        var retryAfter = limits.SecondsToReset(context);
        limits.WriteHeaders(context);
        context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"The rate limit for this client is used up; try again in {retryAfter} s.",
            },
        });
    }
}
