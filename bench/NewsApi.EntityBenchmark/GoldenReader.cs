using System.Text.Json;

namespace NewsApi.EntityBenchmark;

/// <summary>A golden document (see ../shared/corpus/README.md): the raw text and the names a correct parse contains.</summary>
internal sealed record GoldenDocument(string Id, string Text, IReadOnlyDictionary<EntityType, IReadOnlyList<GoldName>> Names);

internal static class GoldenReader
{
    /// <summary>Every NAME.golden.json with its NAME.txt in <paramref name="directory"/> (not its subdirectories).</summary>
    public static IReadOnlyList<GoldenDocument> Read(string directory)
    {
        var documents = new List<GoldenDocument>();
        foreach (var goldenPath in Directory.EnumerateFiles(directory, "*.golden.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(goldenPath)[..^".golden.json".Length];
            var textPath = Path.Combine(directory, id + ".txt");
            if (!File.Exists(textPath))
            {
                Console.Error.WriteLine($"skipping {goldenPath}: no {id}.txt beside it");
                continue;
            }
            using var json = JsonDocument.Parse(File.ReadAllText(goldenPath));
            var root = json.RootElement;
            var names = new Dictionary<EntityType, IReadOnlyList<GoldName>>
            {
                [EntityType.Person] = [.. Entities(root, "people", true), .. Entities(root, "optionalPeople", false)],
                [EntityType.Organization] = [.. Entities(root, "organizations", true), .. Entities(root, "optionalOrganizations", false)],
                [EntityType.Place] = [.. Strings(root, "places", true), .. Strings(root, "optionalPlaces", false)],
            };
            documents.Add(new GoldenDocument(id, File.ReadAllText(textPath), names));
        }
        return documents;
    }

    private static IEnumerable<GoldName> Entities(JsonElement root, string property, bool required)
    {
        if (!root.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }
        foreach (var item in list.EnumerateArray())
        {
            var name = item.GetProperty("name").GetString() ?? "";
            var aliases = item.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList()
                : [];
            yield return new GoldName(name, aliases, required);
        }
    }

    private static IEnumerable<GoldName> Strings(JsonElement root, string property, bool required)
    {
        if (!root.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }
        foreach (var item in list.EnumerateArray())
        {
            yield return new GoldName(item.GetString() ?? "", [], required);
        }
    }
}
