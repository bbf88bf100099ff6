using System.Reflection;

namespace NewsApi.Ingestion.Entities.Gazetteer;

/// <summary>Reads the generated data files embedded from Data/ (see tools/gazetteer), skipping their '#' header lines.</summary>
internal static class EmbeddedDataFile
{
    private const string ResourcePrefix = "NewsApi.Ingestion.Entities.Gazetteer.Data.";

    public static IEnumerable<string> ReadLines(string fileName)
    {
        var assembly = typeof(EmbeddedDataFile).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Gazetteer data file '{fileName}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}
