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
}
