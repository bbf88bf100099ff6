using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;

namespace NewsApi.Tests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file of its own (migrations applied at startup), seeded from a folder of the test's choosing.
/// </summary>
public class NewsApiFactory : WebApplicationFactory<Program>
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "newsapi-tests", Guid.NewGuid().ToString("N"));

    public NewsApiFactory()
    {
        Directory.CreateDirectory(_directory);
        DatabasePath = Path.Combine(_directory, "news.db");
        SeedsPath = Path.Combine(AppContext.BaseDirectory, "seeds");
    }

    public string DatabasePath { get; }

    /// <summary>Defaults to the repository's seeds copied beside the tests; set before the first request to seed from elsewhere.</summary>
    public string SeedsPath { get; set; }

    public bool SeedingEnabled { get; set; } = true;

    public string ConnectionString => $"Data Source={DatabasePath}";

    /// <summary>Counts the SQL commands the app's DbContext runs, to prove that a query's cost does not grow with its page size.</summary>
    public CommandCounter Commands { get; } = new();

    /// <summary>An empty folder of this factory's own, to write invented seed documents into before pointing <see cref="SeedsPath"/> at it.</summary>
    public string CreateSeedsFolder()
    {
        var path = Path.Combine(_directory, "seeds-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A client once migrations and seeding have finished (/health/ready answers 200), so that tests see settled data.</summary>
    public async Task<HttpClient> CreateReadyClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await WaitUntilReadyAsync(client);
        return client;
    }

    public async Task WaitUntilReadyAsync(HttpClient? client = null)
    {
        client ??= CreateClient();
        var deadline = DateTime.UtcNow + ReadyTimeout;
        HttpStatusCode last;
        do
        {
            using var response = await client.GetAsync("/health/ready");
            last = response.StatusCode;
            if (last == HttpStatusCode.OK)
            {
                return;
            }
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"/health/ready still answered {(int)last} after {ReadyTimeout.TotalSeconds} s.");
    }

    /// <summary>Runs <paramref name="work"/> with a DbContext and services of a fresh scope.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:News", ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Seeding:Path", SeedsPath);
        builder.UseSetting("Seeding:Enabled", SeedingEnabled ? "true" : "false");
        // From index 10, so that in Development the shipped keys (0 and 1) are kept beside the test keys rather than overwritten.
        foreach (var (key, value) in TestApiKeys.Settings(firstIndex: 10))
        {
            builder.UseSetting(key, value);
        }
        // High enough that no functional test meets them; the rate-limit tests lower them in their own factories.
        builder.UseSetting("RateLimits:Reads:PermitLimit", "100000");
        builder.UseSetting("RateLimits:Writes:PermitLimit", "100000");
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<NewsDbContext>(options => options.AddInterceptors(Commands)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a pooled connection is left for the OS temp cleaner rather than failing the test run.
            }
        }
    }
}
