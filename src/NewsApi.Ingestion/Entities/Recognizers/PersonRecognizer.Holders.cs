using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

internal sealed partial class PersonRecognizer
{
    // How far back from the country the title may stand: "Minister of Foreign Affairs of the Republic of X" spans eight words.
    private const int MaxTitleDistance = 10;

    /// <summary>
    /// "Minister of Foreign Affairs of the Republic of Uzbekistan Sherzod X", "the Ambassador of Hungary to Uzbekistan Zsolt
    /// Y": state media write the office in full, the country that closes it running straight into the holder's name.
    /// </summary>
    internal bool TryCountryThenTitleHolder(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        if (run.InQuote || s == 0 || e - s is < 3 or > 4 || stream.Tokens[s - 1].Text is not ("of" or "to")
            || !stream.IsCountryAlone(s, s + 1) || !stream.AllNameLike(s + 1, e) || PlaceAmong(s + 1, e) || !IsTitleShortlyBefore(s - 1))
        {
            return false;
        }
        for (var i = s + 1; i < e; i++)
        {
            if (OrganizationWords.IsHeadWord(stream.Tokens[i].Text) || OrganizationWords.IsFirmWord(stream.Tokens[i].Text) || stream.Tokens[i].Is(TokenFlags.AllCaps))
            {
                return false;
            }
        }
        if (knowledge.TryFindPlace(stream.Tokens[s].Text, out var country, out _))
        {
            registry.AddPlace(stream.Tokens[s].Text, country.Name);
        }
        var holder = registry.PersonByName.TryGetValue(stream.Unit.Join(s + 1, e), out var known) ? known : registry.RegisterPerson(s + 1, e);
        registry.MentionPerson(holder, s + 1, e, alias: null);
        affiliations.ReadPersonContext(holder, s + 1, e);
        return true;
    }

    private bool IsTitleShortlyBefore(int preposition)
    {
        for (var k = preposition - 1; k >= 0 && k >= preposition - MaxTitleDistance; k--)
        {
            if (stream.IsTitleToken(k))
            {
                return true;
            }
            if (stream.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// "Lord Halvering of Tadcombe", "Baroness Quill of Bexley": a peer named by rank, surname and the place of the title. The
    /// surname is the name, as for "Lord Halvering"; the whole is how the story calls the peer, and the place is a place, not
    /// an employer.
    /// </summary>
    private bool TryPeerOfPlace(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        var tokens = stream.Tokens;
        if (run.InQuote || e - s is < 4 or > 6 || !Honorifics.IsPeerage(tokens[s].Text) || tokens[s + 2].Text != "of"
            || !tokens[s + 1].IsCapitalizedWord || tokens[s + 1].Is(TokenFlags.AllCaps) || stream.IsTitleToken(s + 1)
            || knowledge.IsCommonWord(tokens[s + 1].Text.ToLowerInvariant()) || knowledge.TryFindPlace(tokens[s + 1].Text, out _, out _))
        {
            return false;
        }
        for (var i = s + 3; i < e; i++)
        {
            if (!tokens[i].IsCapitalizedWord || tokens[i].Is(TokenFlags.AllCaps) || stream.IsTitleToken(i) || OrganizationWords.IsHeadWord(tokens[i].Text))
            {
                return false;
            }
        }
        var peer = HandleTitledPerson(s, s, s + 1, s + 2);
        registry.People[peer].AddAlias(stream.Unit.Join(s, e));
        var seat = stream.Unit.Join(s + 3, e);
        registry.AddPlace(seat, seat);
        return true;
    }
}
