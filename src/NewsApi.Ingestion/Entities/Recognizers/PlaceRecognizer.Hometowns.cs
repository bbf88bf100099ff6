using System.Globalization;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>Where a person lives, as local papers and death notices write it after the name.</summary>
internal sealed partial class PlaceRecognizer
{
    // "of Clarks Summit", "of Port Saint Lucie": a town's name is short; a longer run after "of" is a body's name.
    private const int MaxHometownWords = 3;

    /// <summary>
    /// "her husband, Hector Ruiz, of Dunmore;", "Kevin Marsh, 45, of Scranton, was charged": a name set off by a comma and
    /// "of" after a person, or after the person's age, is the town they live in; an employer follows the name without the
    /// comma ("Maria Lund of Vestas") or is named by its own words, which keep it an organization.
    /// </summary>
    internal bool TryHometownAfterPerson(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        var tokens = stream.Tokens;
        if (e - s > MaxHometownWords || s < 3 || tokens[s - 1].Text != "of" || !tokens[s - 2].IsPunctuation(',')
            || stream.LastKind != EntityKind.Person || tokens[s].Is(TokenFlags.AllCaps) || !stream.AllNameLike(s, e)
            || e < tokens.Length && !(tokens[e].IsPunctuation(',') || tokens[e].IsPunctuation(';') || tokens[e].IsPunctuation('.')))
        {
            return false;
        }
        var personEnd = stream.LastEnd;
        if (personEnd != s - 2 && !(personEnd == s - 4 && stream.IsAgeAfter(personEnd)) || HasBodyWord(s, e))
        {
            return false;
        }
        return Found(run);
    }

    /// <summary>A head word or a firm's word in [s, e): the name is a body's, wherever the words around it say someone lives.</summary>
    private bool HasBodyWord(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (OrganizationWords.IsHeadWord(stream.Tokens[i].Text) || OrganizationWords.IsFirmWord(stream.Tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "A Morwell man was fined", "An ELYRIA woman, 34, was charged": a name between "a" and a word for a resident is the
    /// town the resident is from, as local papers open their court and police reports; written in capitals there, it is
    /// named as a town is written.
    /// </summary>
    internal bool TryTownOfAResident(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        var tokens = stream.Tokens;
        if (e - s > MaxHometownWords || s < 1 || e >= tokens.Length || tokens[s - 1].Text is not ("A" or "An" or "a" or "an")
            || !tokens[e].IsLowerWord || !ResidentNouns.Contains(tokens[e].Text) || run.InQuote)
        {
            return false;
        }
        if (HasBodyWord(s, e))
        {
            return false;
        }
        for (var i = s; i < e; i++)
        {
            if (!tokens[i].IsCapitalizedWord || knowledge.IsDemonym(tokens[i].Text))
            {
                return false;
            }
        }
        var allCaps = tokens[s].Is(TokenFlags.AllCaps);
        // A town the gazetteer knows is read by its own rules; a faith's or a people's word stands there too ("a Sunni man").
        if (!allCaps && knowledge.ContainsPlace(run.Text) || e - s == 1 && IsFaithOrPeopleWord(tokens[s].Text))
        {
            return false;
        }
        var name = allCaps ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(run.Text.ToLowerInvariant()) : run.Text;
        registry.AddPlace(name, name);
        stream.SetLast(EntityKind.Place, -1, e);
        return true;
    }

    private static bool IsFaithOrPeopleWord(string word) =>
        FaithWords.Contains(word) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
        || word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal) || word.EndsWith("ite", StringComparison.Ordinal)
        || word.EndsWith('i');

    private static readonly HashSet<string> FaithWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Muslim", "Christian", "Catholic", "Protestant", "Orthodox", "Jewish", "Hindu", "Buddhist", "Sikh", "Jain", "Baptist",
        "Methodist", "Anglican", "Evangelical", "Mormon", "Druze", "Alawite", "Coptic", "Black", "White", "Indigenous", "Aboriginal",
    };

    private static readonly HashSet<string> ResidentNouns = new(StringComparer.Ordinal)
    {
        "man", "woman", "boy", "girl", "teenager", "teen", "youth", "couple", "family", "resident", "pensioner", "grandmother",
        "grandfather", "mother", "father", "driver", "motorist", "cyclist", "farmer", "businessman", "businesswoman", "student",
    };
}
