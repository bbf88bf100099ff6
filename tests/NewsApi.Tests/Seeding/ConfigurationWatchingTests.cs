using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Seeding;

public sealed class ConfigurationWatchingTests
{
    [Fact]
    public async Task ConfigurationFilesReloadByPollingNotByWatchingTheDatabaseFolder()
    {
        await using var factory = new NewsApiFactory { SeedingEnabled = false };
        await factory.WaitUntilReadyAsync();

        var files = ((IConfigurationRoot)factory.Services.GetRequiredService<IConfiguration>()).Providers
            .OfType<FileConfigurationProvider>().Select(provider => provider.Source)
            .Where(source => source.ReloadOnChange).ToList();

        Assert.NotEmpty(files);
        // A recursive watcher of the content root would see every write of a database kept under it (bench/README.md, session 22).
        // UsePollingFileWatcher reads false once the provider has made its watcher, polling or not; active polling is the flag that stays.
        Assert.All(files, source => Assert.True(source.FileProvider is PhysicalFileProvider { UseActivePolling: true },
            $"{source.Path} should be polled"));
    }
}
