using System.Text;

namespace NewsApi.EntityBenchmark;

/// <summary>How names compare: the golden files' rule (NFKC, straight quotes, folded whitespace and case) and the lenient match.</summary>
internal static class Names
{
    public static string Key(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var raw in normalized)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
                _ => raw,
            };
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = key.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }
            key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }

    /// <summary>
    /// The lenient match of two keys of the same type: one is the last word(s) of the other ("Bitar" and "Salem Bitar"),
    /// or, for people, they are equal once leading title words are stripped ("Mr. Smith" and "Smith").
    /// </summary>
    public static bool LenientMatch(string a, string b, bool stripTitles)
    {
        if (a == b)
        {
            return true;
        }
        string[] wordsA = a.Split(' '), wordsB = b.Split(' ');
        if (stripTitles)
        {
            (wordsA, wordsB) = (Titles.Strip(wordsA), Titles.Strip(wordsB));
        }
        return wordsA.SequenceEqual(wordsB) || EndsWith(wordsA, wordsB) || EndsWith(wordsB, wordsA);
    }

    private static bool EndsWith(string[] longer, string[] shorter) =>
        shorter.Length > 0 && shorter.Length < longer.Length && longer.AsSpan(longer.Length - shorter.Length).SequenceEqual(shorter);
}

/// <summary>Honorifics and job titles that GMB keeps inside person spans and news text puts before names.</summary>
internal static class Titles
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "prime", "minister", "deputy", "foreign", "defense", "defence", "interior", "finance", "state", "of",
        "secretary", "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt", "commander",
        "admiral", "adm", "sergeant", "sgt", "brigadier", "marshal", "senator", "sen", "representative", "rep", "congressman",
        "congresswoman", "governor", "gov", "mayor", "premier", "chancellor", "ambassador", "envoy", "judge", "justice",
        "king", "queen", "prince", "princess", "emperor", "sultan", "emir", "sheikh", "sheik", "crown",
        "pope", "cardinal", "archbishop", "bishop", "rev", "reverend", "father", "ayatollah", "mullah", "imam", "rabbi", "grand",
        "chairman", "chairwoman", "chief", "spokesman", "spokeswoman", "adviser", "advisor", "national", "security",
        "former", "acting", "opposition", "leader",
    };

    public static bool IsTitleWord(string token) => Words.Contains(token.TrimEnd('.'));

    /// <summary>The words after any leading title words; a name made only of title words is kept whole.</summary>
    public static string[] Strip(string[] words)
    {
        var first = 0;
        while (first < words.Length - 1 && IsTitleWord(words[first]))
        {
            first++;
        }
        return words[first..];
    }
}
