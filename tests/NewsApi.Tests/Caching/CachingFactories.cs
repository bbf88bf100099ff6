using Microsoft.AspNetCore.Hosting;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Caching;

/// <summary>An empty database with the output cache switched on, as in production (the Testing environment turns it off).</summary>
public sealed class OutputCacheFactory : NewsApiFactory
{
    public OutputCacheFactory() => SeedingEnabled = false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Caching:OutputCache:Enabled", "true");
        builder.UseSetting("Caching:MaxAgeSeconds", "45");
    }
}
