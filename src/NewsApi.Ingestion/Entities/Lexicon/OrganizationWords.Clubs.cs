using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

internal static partial class OrganizationWords
{
    /// <summary>Last words of sports clubs' names ("Ashby Rovers", "Lakeside Athletic"): words that end no place's name.</summary>
    private static readonly FrozenSet<string> ClubSuffixes = FrozenSet.ToFrozenSet(
    [
        "United", "Rovers", "Athletic", "Wanderers", "Albion", "Hotspur", "Rangers", "FC", "CF", "AFC", "SC",
        // Teams' plural nicknames ("Mwanzo Stars", "Matara Mariners"), which end no person's or place's name either.
        "Stars", "Mariners", "Pirates", "Warriors", "Titans", "Giants", "Knights", "Tigers", "Lions", "Eagles", "Hawks",
        "Falcons", "Sharks", "Bulls", "Raiders", "Panthers", "Strikers", "Royals",
        // "Stradale Pro Team", "Vestkyst Racing Team": a team's last word.
        "Team",
        // Nordic clubs' forms after the name: idrettslag, idrottsförening, sportsklubb, ballklubb, fotballklubb, idrottsklubb.
        "IL", "IF", "SK", "BK", "FK", "IK",
        // Cycling teams and running clubs: "Vale Pro Cycling", "Northfield Harriers", "Coastline Striders".
        "Cycling", "Harriers", "Striders", "Runners",
        // Rugby union and county cricket clubs' letters ("Usk Valley RFC", "Ridings CCC"), an athletic club's ("X Harriers AC").
        "RFC", "RUFC", "CCC", "AC",
        // Gaelic games clubs' names after their parish ("Castleford Emmets", "Ardmore Shamrocks", "Glenview Sarsfields").
        "Emmets", "Shamrocks", "Hibernians", "Sarsfields", "Gaels", "Harps", "Celtic",
    ], StringComparer.Ordinal);

    public static bool IsClubSuffix(string word) => ClubSuffixes.Contains(word);

    /// <summary>
    /// First words of sports clubs' names ("AC Milan", "Real Madrid", "Dynamo Kiev", "Hapoel Haifa"): the club's form or
    /// sponsor before its town. Kept apart from <see cref="ClubSuffixes"/>, which the trained tagger reads as a feature.
    /// </summary>
    private static readonly FrozenSet<string> ClubPrefixes = FrozenSet.ToFrozenSet(
    [
        "AC", "AS", "FC", "SC", "SV", "CF", "CD", "SK", "FK", "NK", "IF", "BK", "IL", "IK", "VfB", "VfL", "TSV", "SpVgg", "Real", "Atletico",
        "Atlético", "Deportivo", "Sporting", "Racing", "Olympique", "Dynamo", "Dinamo", "Spartak", "Lokomotiv", "Torpedo",
        "Hapoel", "Maccabi", "Beitar", "Bnei", "Ironi", "Galatasaray", "Borussia", "Eintracht", "Fortuna", "Rapid", "Admira",
        "Stade", "Clube", "Athletic", "Académico", "Académica", "Legia", "Slavia", "Steaua", "Partizan", "Vitória", "Vitoria", "Scuderia",
        // West Africa's sports and cultural associations ("ASC X", "ASEC Y"); a racing or cycling team's "Team X Racing".
        "ASC", "ASEC", "Team",
    ], StringComparer.Ordinal);

    public static bool IsClubPrefix(string word) => ClubPrefixes.Contains(word);
}
