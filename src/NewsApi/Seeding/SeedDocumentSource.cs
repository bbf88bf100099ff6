using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using NewsApi.Ingestion;
using NewsApi.Ingestion.Html;

namespace NewsApi.Seeding;

public sealed record SeedDocument(string Name, string Text);

/// <summary>Where seeding reads its documents from; the folder is the only source in the app.</summary>
public interface ISeedDocumentSource
{
    /// <summary>The documents in a stable order.</summary>
    IAsyncEnumerable<SeedDocument> ReadAsync(CancellationToken ct);
}

/// <summary>Every *.txt and *.html in Seeding:Path, sorted by file name so that every start loads in the same order.</summary>
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

        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.TopDirectoryOnly)
            .Where(file => Path.GetExtension(file) is ".txt" or ".html" or ".htm")
            .Order(StringComparer.Ordinal)
            .ToList();
        logger.LogInformation("Seeding {DocumentCount} documents from {SeedFolder}", files.Count, folder);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var text = DocumentFormats.FromFileName(name) == DocumentFormat.Html
                ? HtmlDecoder.Decode(await File.ReadAllBytesAsync(file, ct))
                : await File.ReadAllTextAsync(file, ct);
            yield return new SeedDocument(name, text);
        }
    }
}
