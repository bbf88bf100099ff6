using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace NewsApi.Seeding;

public sealed record SeedDocument(string Name, string Text);

/// <summary>Where seeding reads its documents from; the folder is the only source in the app.</summary>
public interface ISeedDocumentSource
{
    /// <summary>The documents in a stable order.</summary>
    IAsyncEnumerable<SeedDocument> ReadAsync(CancellationToken ct);
}

/// <summary>Every *.txt in Seeding:Path, sorted by file name so that every start loads in the same order.</summary>
internal sealed class FolderSeedDocumentSource(IOptions<SeedingOptions> options, IHostEnvironment environment, ILogger<FolderSeedDocumentSource> logger)
    : ISeedDocumentSource
{
    public async IAsyncEnumerable<SeedDocument> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var folder = options.Value.ResolvePath(environment.ContentRootPath);
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Seed folder {SeedFolder} does not exist; nothing to seed", folder);
            yield break;
        }

        var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .ToList();
        logger.LogInformation("Seeding {DocumentCount} documents from {SeedFolder}", files.Count, folder);
        foreach (var file in files)
        {
            yield return new SeedDocument(Path.GetFileName(file), await File.ReadAllTextAsync(file, ct));
        }
    }
}
