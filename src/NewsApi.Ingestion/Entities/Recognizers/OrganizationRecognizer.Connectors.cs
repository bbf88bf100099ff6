using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>Runs with "and", "of" or "&amp;" inside: one organization's name, or two names, or a person and an organization.</summary>
internal sealed partial class OrganizationRecognizer
{
    private static bool IsClauseOpener(string word) =>
        word is "why" or "who" or "whom" or "when" or "where" or "what" or "how" or "whether" or "if" or "because" or "but" or "or";

    private bool IsSecondNameAfterAnd(int s, int connector, int e)
    {
        if (!(stream.Tokens[connector].Text == "and" || stream.Tokens[connector].IsPunctuation('&')) || connector + 1 >= e)
        {
            return false;
        }
        var after = stream.Unit.Join(connector + 1, e);
        return (e - connector == 2 && stream.Tokens[e - 1].Is(TokenFlags.AllCaps) && stream.Tokens[e - 1].Text.Length >= 3)
            || WellKnownOrganizations.Contains(after) || registry.OrganizationByName.ContainsKey(after)
            || IsWholeName(s, connector) && IsWholeName(connector + 1, e)
                && !(IsFieldBeforeHeadWord(connector + 1, e) && !OrganizationWords.IsHeadWord(stream.Tokens[connector - 1].Text));
    }

    /// <summary>
    /// "Tabocal Partners", "Ridgeline Growth Partners LP": a name of its own closed by a head word or legal form, so that two
    /// such joined by "and" are two organizations ("First Citizens Bank and Trust Company" has no name of its own after "and").
    /// </summary>
    private bool IsWholeName(int s, int e)
    {
        if (e - s < 2 || !OrganizationWords.IsFirmWord(stream.Tokens[e - 1].Text))
        {
            return false;
        }
        for (var i = s; i < e - 1; i++)
        {
            if (!stream.Tokens[i].IsCapitalizedWord)
            {
                return false;
            }
        }
        return !OrganizationWords.IsFirmWord(stream.Tokens[s].Text);
    }

    private bool HasAnd(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (stream.Tokens[i].IsPunctuation('&') || stream.Tokens[i].IsLowerWord && stream.Tokens[i].Text == "and")
            {
                return true;
            }
        }
        return false;
    }

    private bool HasFirmWordIn(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (OrganizationWords.IsFirmWord(stream.Tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    private bool NoCommonWordIn(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (knowledge.IsCommonWord(stream.Tokens[i].Text.ToLowerInvariant()) || knowledge.ContainsPlace(stream.Tokens[i].Text))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "Rónán de Búrca of de Búrca Fahy Solicitors", "Antônio Dias da Silveira Filho of Silveira Advogados": a name whose
    /// particle is its first lower-case word, then "of" and the firm; the person and the firm are read a side at a time.
    /// </summary>
    private bool IsPersonWithParticleBeforeOf(int s, int particle, int e)
    {
        if (!WordClasses.IsNameParticle(stream.Tokens[particle].Text) || particle == s || !knowledge.IsGivenName(stream.Tokens[s].Text))
        {
            return false;
        }
        for (var of = particle + 1; of < e - 1 && of - s <= 7; of++)
        {
            if (stream.Tokens[of].IsLowerWord && !WordClasses.IsNameParticle(stream.Tokens[of].Text))
            {
                return stream.Tokens[of].Text == "of" && of - s >= 3 && stream.AllNameLike(s, of) && !HasFirmWordIn(s, of);
            }
        }
        return false;
    }

    private bool HasTitledPersonBefore(int s, int connector)
    {
        for (var t = s; t < connector - 1; t++)
        {
            if (stream.IsTitleToken(t) && !stream.IsTitleToken(t + 1) && connector - (t + 1) is >= 2 and <= 3
                && stream.AllNameLike(t + 1, connector) && !OrganizationWords.IsHeadWord(stream.Tokens[connector - 1].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The kind of the head word or company suffix after a lone "and", when the words before it are ordinary words or a place.</summary>
    private string? SharedHeadKindAfterAnd(int s, int connector, int e)
    {
        if (connector >= e - 1 || connector - s is < 1 or > 2 || !(stream.Tokens[connector].Text == "and" || stream.Tokens[connector].IsPunctuation('&')))
        {
            return null;
        }
        var ordinaryWords = 0;
        for (var i = s; i < connector; i++)
        {
            var word = stream.Tokens[i].Text;
            if (!stream.Tokens[i].IsCapitalizedWord || knowledge.IsGivenName(word))
            {
                return null;
            }
            if (knowledge.IsCommonWord(word.ToLowerInvariant()))
            {
                ordinaryWords++;
            }
            else if (!knowledge.ContainsPlace(word))
            {
                // "Marrowby and Tenshaw Health NHS Foundation Trust": a word that is neither common nor a place names nothing alone.
                ordinaryWords++;
            }
        }
        if (ordinaryWords == 0)
        {
            return null;
        }
        var headEnd = e;
        for (var i = connector + 1; i < e; i++)
        {
            if (i > connector + 1 && stream.Tokens[i].IsLowerWord && stream.Tokens[i].Text is "of" or "for"
                && OrganizationWords.IsHeadWord(stream.Tokens[i - 1].Text) && IsNameWords(i + 1, e))
            {
                // "Transport and Allied Workers' Union of South Africa": the shared head word takes its "of" and what follows.
                headEnd = i;
                break;
            }
            if ((stream.Tokens[i].IsLowerWord || !stream.Tokens[i].IsCapitalizedWord) && !(i == e - 1 && i - 1 > connector + 1 && IsUnionLocal(i - 1)))
            {
                return null;
            }
        }
        if (headEnd - connector >= 3 && IsUnionLocal(headEnd - 2))
        {
            // "Warehouse and Logistics Workers Local 318": a union's branch is named by its number.
            return "union";
        }
        var last = stream.Tokens[headEnd - 1].Text;
        return OrganizationWords.IsHeadWord(last) ? OrganizationWords.KindOfHead(last) ?? "organization"
            : OrganizationWords.IsCompanySuffix(last) ? "company" : null;
    }

    /// <summary>
    /// "Mátra Water Technologies and Navoiy Agro Cluster": a company's own last word ("Technologies", "Ltd") before "and" closes
    /// its name; two or more capitalized words after it are the next name, which the split at the connector reads on its own.
    /// A portfolio is no firm: "Department of Mining and Critical Minerals" stays one name. Two clubs' names each closed by a
    /// club's word ("Glenview Rovers and Ardfield Harps") are two too.
    /// </summary>
    private bool IsTwoFirmsJoinedByAnd(int s, int e)
    {
        for (var i = s + 1; i + 2 < e && !stream.Tokens[i - 1].IsLowerWord; i++)
        {
            var before = stream.Tokens[i - 1].Text;
            if (stream.Tokens[i].Text == "and" && stream.AllNameLike(i + 1, e) && !IsFieldBeforeHeadWord(i + 1, e)
                && ((OrganizationWords.IsCompanySuffix(before) || OrganizationWords.IsLegalForm(before)) && !OrganizationWords.IsHeadWord(before)
                    || OrganizationWords.IsClubSuffix(before) && OrganizationWords.IsClubSuffix(stream.Tokens[e - 1].Text)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "House Energy and Commerce Committee": one ordinary word, a field and neither a given name nor a place, then a body's head
    /// word after "and" is the second of two fields a committee is named for, whatever company's word ("Energy") the first field
    /// is; after a head word ("Provincial Parliament and City Council") it is a second body.
    /// </summary>
    private bool IsFieldBeforeHeadWord(int s, int e) =>
        e - s == 2 && OrganizationWords.IsHeadWord(stream.Tokens[s + 1].Text) && !OrganizationWords.IsCompanySuffix(stream.Tokens[s + 1].Text)
        && knowledge.IsCommonWord(stream.Tokens[s].Text.ToLowerInvariant())
        && !knowledge.IsGivenName(stream.Tokens[s].Text) && !knowledge.ContainsPlace(stream.Tokens[s].Text);

    /// <summary>"Teamsters Local 727": a union's local branch, "Local" and its number.</summary>
    private bool IsUnionLocal(int local) =>
        stream.Tokens[local].Text == "Local" && stream.Tokens[local + 1].Kind == TokenKind.Number;

    /// <summary>
    /// "Farmacias del Pacífico and Botica Austral", "Ministry of Health and Ministry of Finance": a name opened by its head word,
    /// then "and" and another head word, is two bodies; the "and" between them, else -1.
    /// </summary>
    private int SecondNameOpenedByHeadWord(int s, int e)
    {
        if (!OrganizationWords.IsHeadWord(stream.Tokens[s].Text))
        {
            return -1;
        }
        for (var i = s + 2; i + 2 < e; i++)
        {
            if (stream.Tokens[i].Text == "and" && OrganizationWords.IsHeadWord(stream.Tokens[i + 1].Text) && IsNameWords(i + 1, e))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// "Harbour Polytechnic University and Tolo University of Science", "the Nordic Fund for Humanitarian Action and Dead Sea
    /// Minerals Co. PLC": a body closed by its head word, then a name of its own with a head word or a county's ("X County"),
    /// or any body, then a name closed by a legal form, is two bodies; the "and" between them, else -1. A name after "and" that
    /// opens with a head word or an ordinary word shares the first one's ("Bank and Trust Company"), and a portfolio after "of"
    /// ("Department of Trade and Industry") closes no body before "and".
    /// </summary>
    private int SecondWholeBodyAfterAnd(int s, int e)
    {
        for (var i = s + 2; i + 2 < e; i++)
        {
            var first = stream.Tokens[i + 1];
            if (stream.Tokens[i].Text != "and" || !first.IsCapitalizedWord || OrganizationWords.IsFirmWord(first.Text)
                || !IsBodyWords(i + 1, e))
            {
                continue;
            }
            // Partners' surnames listed with commas before the last one and the form are one firm ("A, B, C and D LLP").
            var closedByLegalForm = OrganizationWords.IsLegalForm(stream.Tokens[e - 1].Text) && (HasFirmWordIn(s, i) || i - s >= 2 && IsNameWords(s, i));
            var closedByHeadWord = (OrganizationWords.IsHeadWord(stream.Tokens[i - 1].Text) || OrganizationWords.IsCompanySuffix(stream.Tokens[i - 1].Text))
                && stream.Tokens[i - 2].IsCapitalizedWord
                && (HasFirmWordIn(i + 2, e) || e - i == 3 && WordClasses.IsRegionWord(stream.Tokens[e - 1].Text))
                && (!knowledge.IsCommonWord(first.Text.ToLowerInvariant()) || knowledge.ContainsPlace(first.Text));
            if (closedByLegalForm || closedByHeadWord)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// "UHG and Tolo University Hospital", "Banco Austral de Fomento and BNDX": an acronym in capitals on one side of "and" is a
    /// body's short name of its own, not a word of a name the other side shares; the "and" between them, else -1.
    /// </summary>
    private int AcronymBesideAnd(int s, int e)
    {
        if (e - s < 3)
        {
            return -1;
        }
        // The body's side has two words at least: "AFP and Reuters" is for the agencies' own rule.
        if (e - s >= 4 && stream.Tokens[s + 1].Text == "and" && IsAcronym(s) && IsBodyWords(s + 2, e) && HasWordInMixedCase(s + 2, e))
        {
            return s + 1;
        }
        return e - s >= 4 && stream.Tokens[e - 2].Text == "and" && IsAcronym(e - 1) && IsBodyWords(s, e - 2) && HasWordInMixedCase(s, e - 2)
            ? e - 2 : -1;
    }

    private bool AddAcronym(int s, int e)
    {
        if (e - s != 1 || !IsAcronym(s))
        {
            return false;
        }
        registry.MentionOrganization(registry.AddOrganization(s, e, null), s, e);
        return true;
    }

    // Not a line in capitals ("HALIFAX and QUÉBEC"), a country's letters ("UK", "US"), a title's or a thing's ("CEO"), nor a
    // king's or a war's number ("II").
    private bool IsAcronym(int k)
    {
        var word = stream.Tokens[k].Text;
        return stream.Tokens[k].IsWord && word.Length is >= 2 and <= 6 && word.All(char.IsUpper) && !word.All(c => "IVXLCDM".Contains(c))
            && !knowledge.ContainsPlace(word) && !TermAbbreviations.NamesNothing(word) && !TitleWords.IsCapitalizedTitle(word);
    }

    private bool HasWordInMixedCase(int s, int e)
    {
        for (var k = s; k < e; k++)
        {
            if (stream.Tokens[k].IsCapitalizedWord && !stream.Tokens[k].Is(TokenFlags.AllCaps))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Department of Physics of Jianghuai University", "Faculty of Medicine of Amanos University": a unit named for its field,
    /// then "of" and a body closed by its own head word, is the unit and its parent; the second "of", else -1. A place after the
    /// second "of" stays in the name ("Faculty of Sciences of Tunis").
    /// </summary>
    private int ParentAfterSecondOf(int s, int e)
    {
        if (e - s < 6 || !OrganizationWords.IsHeadWord(stream.Tokens[s].Text) || stream.Tokens[s + 1].Text != "of" || !stream.Tokens[s + 2].IsCapitalizedWord
            || !OrganizationWords.IsHeadWord(stream.Tokens[e - 1].Text))
        {
            return -1;
        }
        for (var of = s + 3; of < s + 5 && of + 2 < e; of++)
        {
            if (stream.Tokens[of].Text != "of")
            {
                if (!stream.Tokens[of].IsCapitalizedWord || OrganizationWords.IsHeadWord(stream.Tokens[of].Text))
                {
                    return -1;
                }
                continue;
            }
            var parent = stream.Tokens[of + 1].Text == "the" ? of + 2 : of + 1;
            return e - parent >= 2 && IsNameWords(parent, e) && !OrganizationWords.IsHeadWord(stream.Tokens[parent].Text) ? of : -1;
        }
        return -1;
    }

    private bool IsBodyWords(int s, int e)
    {
        for (var k = s; k < e; k++)
        {
            var token = stream.Tokens[k];
            if (!token.IsCapitalizedWord && !token.IsPunctuation('&') && !token.IsPunctuation('.') && !token.Is(TokenFlags.AllCaps)
                && !(token.IsLowerWord && (token.Text is "of" or "for" or "the" || WordClasses.IsNameParticle(token.Text))))
            {
                return false;
            }
        }
        return true;
    }

    private bool IsNameWords(int s, int e)
    {
        for (var k = s; k < e; k++)
        {
            var token = stream.Tokens[k];
            if (!token.IsCapitalizedWord && !(token.IsLowerWord && (token.Text is "of" or "for" or "the" || WordClasses.IsNameParticle(token.Text))))
            {
                return false;
            }
        }
        return stream.Tokens[e - 1].IsCapitalizedWord;
    }
}
