using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsApi.Tests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file of its own (migrations applied at startup), seeded from a folder of the test's choosing.
/// </summary>
public class NewsApiFactory : WebApplicationFactory<Program>
{
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:News", ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Seeding:Path", SeedsPath);
        builder.UseSetting("Seeding:Enabled", SeedingEnabled ? "true" : "false");
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
