using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>A team sheet's playing positions, printed in capitals before each player's name.</summary>
internal sealed partial class TokenStream
{
    // A list needs this many positions before its capitals are read as positions: one "GA" or "C" alone may be an initial or a body.
    private const int MinPositionsInList = 3;

    private TextUnit? positionsCountedFor;
    private bool unitListsPositions;

    /// <summary>
    /// "Tonga: GS Ana X, GA Mele Y, WA Sela Z, C ...", "GK Tomás X, DF Ian Y, MF ...": a team sheet writes each player's position
    /// as a code in capitals before the name. The code is no initial and no part of the name; it is read so only where the unit
    /// lists three or more positions, each opening an entry of the list before a capitalized name.
    /// </summary>
    internal bool IsPositionBeforePlayer(int i)
    {
        if (Tokens[i].Text.Length > 2 || !IsPositionEntry(i))
        {
            return false;
        }
        if (!ReferenceEquals(positionsCountedFor, Unit))
        {
            positionsCountedFor = Unit;
            var entries = 0;
            for (var k = 0; k < Tokens.Length && entries < MinPositionsInList; k++)
            {
                entries += IsPositionEntry(k) ? 1 : 0;
            }
            unitListsPositions = entries >= MinPositionsInList;
        }
        return unitListsPositions;
    }

    private bool IsPositionEntry(int i) =>
        IsPositionCode(Tokens[i].Text) && (i == 0 || Tokens[i - 1].IsPunctuation(',') || Tokens[i - 1].IsPunctuation(':') || Tokens[i - 1].IsPunctuation(';'))
        && i + 1 < Tokens.Length && Tokens[i + 1].IsCapitalizedWord && !Tokens[i + 1].Is(TokenFlags.AllCaps);

    // Netball's seven positions, football's four lines of a squad list, basketball's five and ice hockey's wings.
    private static bool IsPositionCode(string word) =>
        word is "GS" or "GA" or "WA" or "C" or "WD" or "GD" or "GK" or "DF" or "MF" or "FW" or "PG" or "SG" or "SF" or "PF" or "LW" or "RW";
}
