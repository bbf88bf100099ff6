using System.Collections.Frozen;
using System.Globalization;

namespace NewsApi.Ingestion.Entities.Gazetteer;

/// <summary>The loaded place tables; built once per process from the embedded data files.</summary>
internal sealed class GazetteerData
{
    private static int loadCount;

    private GazetteerData(
        FrozenDictionary<string, PlaceEntry> places,
        FrozenDictionary<string, Place> demonyms,
        FrozenSet<string> designators,
        int maxWords)
    {
        Places = places;
        PlacesBySpan = places.GetAlternateLookup<ReadOnlySpan<char>>();
        Demonyms = demonyms;
        AdministrativeDesignators = designators;
        MaxWords = maxWords;
    }

    /// <summary>How many times the tables were built in this process; the gazetteer promises once.</summary>
    public static int LoadCount => Volatile.Read(ref loadCount);

    public FrozenDictionary<string, PlaceEntry> Places { get; }

    public FrozenDictionary<string, PlaceEntry>.AlternateLookup<ReadOnlySpan<char>> PlacesBySpan { get; }

    public FrozenDictionary<string, Place> Demonyms { get; }

    public FrozenSet<string> AdministrativeDesignators { get; }

    public int MaxWords { get; }

    public static GazetteerData Load()
    {
        Interlocked.Increment(ref loadCount);

        // One Place per canonical place, shared by all its written forms.
        var canonical = new Dictionary<(string Name, PlaceKind Kind, string? Country), Place>();
        var places = new Dictionary<string, PlaceEntry>(40_000, StringComparer.Ordinal);
        var maxWords = 1;
        foreach (var line in EmbeddedDataFile.ReadLines("places.tsv"))
        {
            var fields = line.Split('\t');
            var written = fields[0];
            var kind = ParseKind(fields[1]);
            var name = fields[2].Length == 0 ? written : fields[2];
            var country = kind == PlaceKind.Country ? name : fields[3].Length == 0 ? null : fields[3];
            var population = long.Parse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture);
            var flags = fields[5];

            if (!canonical.TryGetValue((name, kind, country), out var place))
            {
                place = new Place(name, kind, country) { Population = population, IsCapital = flags.Contains('C', StringComparison.Ordinal) };
                canonical.Add((name, kind, country), place);
            }

            var ambiguity = NameAmbiguity.None;
            if (flags.Contains('W', StringComparison.Ordinal))
            {
                ambiguity |= NameAmbiguity.CommonWord;
            }

            if (flags.Contains('P', StringComparison.Ordinal))
            {
                ambiguity |= NameAmbiguity.PersonName;
            }

            places.Add(written, new PlaceEntry(place, ambiguity));
            maxWords = Math.Max(maxWords, written.Count(c => c == ' ') + 1);
        }

        var demonyms = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var line in EmbeddedDataFile.ReadLines("demonyms.tsv"))
        {
            var fields = line.Split('\t');
            demonyms.Add(fields[0], places.TryGetValue(fields[1], out var entry) ? entry.Place : new Place(fields[1], PlaceKind.Region, null));
        }

        var designators = EmbeddedDataFile.ReadLines("admin-designators.txt").ToFrozenSet(StringComparer.Ordinal);
        return new GazetteerData(
            places.ToFrozenDictionary(StringComparer.Ordinal),
            demonyms.ToFrozenDictionary(StringComparer.Ordinal),
            designators,
            maxWords);
    }

    private static PlaceKind ParseKind(string kind) => kind switch
    {
        "continent" => PlaceKind.Continent,
        "region" => PlaceKind.Region,
        "country" => PlaceKind.Country,
        "admin" => PlaceKind.AdministrativeArea,
        "city" => PlaceKind.City,
        "feature" => PlaceKind.Feature,
        _ => throw new InvalidDataException($"Unknown place kind '{kind}' in places.tsv."),
    };
}

/// <summary>A written form's place, and what else that spelling can mean.</summary>
internal readonly record struct PlaceEntry(Place Place, NameAmbiguity Ambiguity);
