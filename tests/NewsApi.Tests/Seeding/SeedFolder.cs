namespace NewsApi.Tests.Seeding;

/// <summary>A temporary folder of seed documents written by one test.</summary>
internal sealed class SeedFolder : IDisposable
{
    public SeedFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsapi-seeds", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Write(string fileName, string text) => File.WriteAllText(System.IO.Path.Combine(Path, fileName), text);

    /// <summary>A small wire story in the shape the parser reads: headline, date line, dateline-prefixed lead, more paragraphs.</summary>
    public static string Story(string headline, string place, params string[] paragraphs) =>
        $"""
        {headline}
        09:30 GMT 14.06.2023

        {place.ToUpperInvariant()} (Reuters) - {paragraphs[0]}

        {string.Join("\n\n", paragraphs.Skip(1))}
        """;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner rather than failing a passed test.
        }
    }
}
