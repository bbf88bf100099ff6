using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Gazetteer;

/// <summary>A word list embedded from Data/, loaded on first use.</summary>
internal sealed class NameList(string fileName, StringComparer comparer)
{
    private readonly Lazy<FrozenSet<string>> names = new(() => EmbeddedDataFile.ReadLines(fileName).ToFrozenSet(comparer));

    public bool Contains(string name) => names.Value.Contains(name);
}
