using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using NewsApi.Ingest;

namespace NewsApi.Seeding;

/// <summary>One seed file, decoded; *.html files are pages and go through the HTML parser.</summary>
public sealed record SeedDocument(string Name, string Text)
{
    public RawDocument Document => new(Text, RawDocument.KindOfFile(Name));
}

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

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.TopDirectoryOnly)
            .Where(file => Path.GetExtension(file) is ".txt" or ".html")
            .Order(StringComparer.Ordinal)
            .ToList();
        logger.LogInformation("Seeding {DocumentCount} documents from {SeedFolder}", files.Count, folder);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            // Read as bytes so that a page is decoded the way a posted one is (BOM, meta charset, UTF-8, windows-1252).
            var bytes = await File.ReadAllBytesAsync(file, ct);
            yield return new SeedDocument(name, DocumentDecoder.Decode(bytes, null, RawDocument.KindOfFile(name)));
        }
    }
}
