using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities;

/// <summary>The scan's first step: runs of capitalized words, trimmed of sentence openers, and the order in which their readings are tried.</summary>
internal sealed partial class ArticleScanner
{
    private bool IsNameToken(int i)
    {
        if (i >= tokens.Length || !tokens[i].IsCapitalizedWord)
        {
            return false;
        }
        var text = tokens[i].Text;
        if (WordClasses.IsCalendarWord(text))
        {
            return false;
        }
        if (WordClasses.IsMonth(text))
        {
            // A month is a name only as a given name before a surname ("June Carter").
            return i + 1 < tokens.Length && tokens[i + 1].IsCapitalizedWord && !WordClasses.IsMonth(tokens[i + 1].Text);
        }
        return true;
    }

    private static bool IsConnector(string word) =>
        word is "of" or "for" or "and" or "&" || WordClasses.IsNameParticle(word);

    private int RunEnd(int start)
    {
        var end = start + 1;
        if (tokens[start].Is(TokenFlags.Possessive))
        {
            return end;
        }
        var inQuote = tokens[start].Is(TokenFlags.InQuote);
        var j = start + 1;
        while (j < tokens.Length && tokens[j].Is(TokenFlags.InQuote) == inQuote)
        {
            if (IsNameToken(j))
            {
                end = j + 1;
                if (tokens[j].Is(TokenFlags.Possessive))
                {
                    break;
                }
                j++;
                continue;
            }
            var k = j;
            while (k < tokens.Length && k - j < 3 && IsConnectorToken(k))
            {
                k++;
            }
            if (k > j && IsNameToken(k) && tokens[k].Is(TokenFlags.InQuote) == inQuote && !tokens[k - 1].Is(TokenFlags.Possessive))
            {
                j = k;
                continue;
            }
            break;
        }
        return end;
    }

    private bool IsConnectorToken(int k) =>
        (tokens[k].IsLowerWord && IsConnector(tokens[k].Text)) || tokens[k].IsPunctuation('&');

    private bool IsNoiseAt(int i)
    {
        var token = tokens[i];
        if (token.Text is "The" or "A" or "An")
        {
            return true;
        }
        return (token.Is(TokenFlags.SentenceStart) || IsFirstInQuote(i)) && WordClasses.IsSentenceStarter(token.Text);
    }

    private bool IsFirstInQuote(int i) => i > 0 && tokens[i - 1].Is(TokenFlags.OpeningQuote);

    private void AnalyzeRun(int s, int e)
    {
        while (s < e && (IsNoiseAt(s) || IsConnectorToken(s)))
        {
            s++;
        }
        while (e > s && IsConnectorToken(e - 1))
        {
            e--;
        }
        if (s >= e)
        {
            return;
        }
        if (TryBasedPrefix(s))
        {
            AnalyzeRun(s + 1, e);
            return;
        }
        if (e - s > MaxNameTokens)
        {
            ScanPlaces(s, e);
            return;
        }

        var inQuote = tokens[s].Is(TokenFlags.InQuote);
        var text = unit.Join(s, e);

        if (!inQuote && personByName.TryGetValue(text, out var knownPerson))
        {
            MentionPerson(knownPerson, s, e, alias: null);
            ReadPersonContext(knownPerson, s, e);
            return;
        }
        if (!inQuote && e - s == 1 && personByPart.TryGetValue(text, out var byPart))
        {
            var aliasStart = s;
            while (aliasStart > 0 && s - aliasStart < 3 && tokens[aliasStart - 1].IsLowerWord && WordClasses.IsNameParticle(tokens[aliasStart - 1].Text))
            {
                aliasStart--;
            }
            MentionPerson(byPart, s, e, unit.Join(aliasStart, e));
            return;
        }
        if (!inQuote && e - s >= 2 && personBySuffix.TryGetValue(text, out var bySuffix))
        {
            MentionPerson(bySuffix, s, e, text);
            return;
        }
        if (organizationByName.TryGetValue(text, out var knownOrganization))
        {
            if (AcronymAfter(e) is { } acronym)
            {
                AddOrganizationAlias(knownOrganization, acronym);
                skipUntil = e + 3;
            }
            MentionOrganization(knownOrganization, s, e);
            return;
        }
        if (NewsAgencies.IsAgency(text))
        {
            MentionOrganization(AddOrganization(text, "news agency"), s, e);
            return;
        }
        if (WellKnownOrganizations.Contains(text))
        {
            MentionOrganization(AddOrganization(text, null), s, e);
            return;
        }
        if (e - s >= 2 && AcronymAfter(e) is { } definedAcronym && !HasTitleWord(s, e))
        {
            var organization = AddOrganization(s, e, OrganizationKind(s, e) ?? ContextKind(s));
            AddOrganizationAlias(organization, definedAcronym);
            MentionOrganization(organization, s, e);
            skipUntil = e + 3;
            return;
        }
        if (!inQuote && TrySplitTitle(s, e, out var titleStart, out var nameStart))
        {
            HandleTitledPerson(s, titleStart, nameStart, e);
            return;
        }

        var hasContext = HasOrganizationContext(s) || OrganizationAppositionAfter(e) is not null;
        if (!hasContext && MatchPlace(s, e, out var placeName, out var placeCanonical, out var placeEnd) && placeEnd == e)
        {
            AddPlace(placeName, placeCanonical);
            SetLast(EntityKind.Place, -1, e);
            return;
        }
        if (TryOrganization(s, e, hasContext))
        {
            return;
        }
        if (pendingAffiliationAt == s && pendingAffiliationPerson >= 0 && e - s <= 6 && !HasTitleWord(s, e))
        {
            // "global head of macro at ING": what someone works at is an organization.
            MentionOrganization(AddOrganization(s, e, null), s, e);
            return;
        }
        var connector = FirstSplittingConnector(s, e);
        if (connector > s)
        {
            AnalyzeRun(s, connector);
            var leftKind = lastKind;
            var leftIndex = lastIndex;
            var leftEnd = lastEnd;
            AnalyzeRun(connector + 1, e);
            if (leftKind == EntityKind.Person && leftEnd == connector && tokens[connector].Text == "of" && lastEnd == e)
            {
                var person = People[leftIndex];
                if (lastKind == EntityKind.Organization)
                {
                    person.Organization ??= Organizations[lastIndex].Name;
                }
                else if (lastKind == EntityKind.Place)
                {
                    person.Organization ??= unit.Join(connector + 1, e);
                }
            }
            return;
        }
        if (HasPlaceNounBefore(s) && AllNameLike(s, e))
        {
            AddPlace(text, text);
            SetLast(EntityKind.Place, -1, e);
            return;
        }
        if (!inQuote && TryPerson(s, e))
        {
            return;
        }
        if (e - s >= 2 && s > 0 && tokens[s - 1].Text is "the" or "The" && ReportingVerbAfter(e) && AllNameLike(s, e))
        {
            // "The White House said": a name with an article that speaks is an organization.
            MentionOrganization(AddOrganization(s, e, null), s, e);
            return;
        }
        if (IsPlaceByContext(s, e))
        {
            AddPlace(text, text);
            SetLast(EntityKind.Place, -1, e);
            return;
        }
        if (e - s >= 3 && tokens[s + 1].IsLowerWord && tokens[s + 1].Text is "de" or "del" or "do" or "da" or "di" or "la"
            && MatchPlace(s, s + 1, out _, out _))
        {
            // "Santiago de Compostela", "Rio de Janeiro": a place name with a particle in it.
            AddPlace(text, text);
            SetLast(EntityKind.Place, -1, e);
            return;
        }
        if (e - s >= 2 && AllNameLike(s, e) && (WordClasses.IsFeatureWord(tokens[s].Text) || WordClasses.IsFeatureWord(tokens[e - 1].Text)))
        {
            // "Lake Tana", "Rift Valley": a named natural feature.
            AddPlace(text, text);
            SetLast(EntityKind.Place, -1, e);
            return;
        }
        if (TryTaggedNames(s, e))
        {
            return;
        }
        ScanPlaces(s, e, partialPlaces: e - s == 1);
    }

    private int FirstSplittingConnector(int s, int e)
    {
        for (var i = s + 1; i < e - 1; i++)
        {
            if (tokens[i].IsPunctuation('&') || (tokens[i].IsLowerWord && tokens[i].Text is "of" or "for" or "and"))
            {
                return i;
            }
        }
        return -1;
    }
}
