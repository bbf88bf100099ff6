using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure.Limits;

public static class RequestLimitsSetup
{
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitOptions>().BindConfiguration(RequestLimitOptions.SectionName)
            .Validate(o => o.DocumentBodyBytes > 0 && o.JsonBodyBytes > 0 && o.QueryStringLength > 0 && o.HeadersTotalLength > 0,
                "RequestLimits: every limit must be positive.")
            .ValidateOnStart();
        // Kestrel's own limits sit above ours so that our problem bodies answer first; they still stop what the middleware
        // would never see (a request line or header block too large to parse).
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>((kestrel, limits) =>
        {
            kestrel.Limits.MaxRequestBodySize = Math.Max(limits.Value.DocumentBodyBytes, limits.Value.JsonBodyBytes);
            kestrel.Limits.MaxRequestLineSize = Math.Max(kestrel.Limits.MaxRequestLineSize, limits.Value.QueryStringLength * 2 + 1024);
            kestrel.Limits.MaxRequestHeadersTotalSize = Math.Max(kestrel.Limits.MaxRequestHeadersTotalSize, limits.Value.HeadersTotalLength * 2);
        });
        return services;
    }

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.UseMiddleware<RequestLimitsMiddleware>();
}
