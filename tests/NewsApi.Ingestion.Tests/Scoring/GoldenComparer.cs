using System.Globalization;

namespace NewsApi.Ingestion.Tests.Scoring;

/// <summary>
/// Checks a parse against everything its golden file states and reports every difference at once, so that one failing
/// run shows the whole picture instead of the first broken field.
/// </summary>
public static class GoldenComparer
{
    public const int DerivedHeadlineMaxLength = 110;

    public static GoldenComparison Compare(GoldenDocument golden, ArticleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(golden);
        ArgumentNullException.ThrowIfNull(draft);

        var mismatches = new List<string>();
        CompareLayout(golden, draft, mismatches);
        var people = ComparePeople(golden, draft, mismatches);
        var organizations = CompareOrganizations(golden, draft, mismatches);
        var places = ComparePlaces(golden, draft, mismatches);
        var quotes = CompareQuotes(golden, draft, mismatches);
        return new GoldenComparison(mismatches, people, organizations, places, quotes);
    }

    private static void CompareLayout(GoldenDocument golden, ArticleDraft draft, List<string> mismatches)
    {
        CompareHeadline(golden, draft, mismatches);
        CompareScalar("standfirst", golden.Standfirst, draft.Standfirst, mismatches);
        CompareScalar("section", golden.Section, draft.Section, mismatches);
        ComparePublishedAt(golden, draft, mismatches);
        CompareScalar("source", golden.Source, draft.Source, mismatches);
        CompareScalar("dateline", golden.Dateline, draft.Dateline, mismatches);
        CompareScalar("lead", golden.Lead, draft.Lead, mismatches);

        if (golden.Byline is { } byline)
        {
            CompareOrderedList("byline", byline, draft.Byline, mismatches);
        }

        if (golden.Contributors is { } contributors)
        {
            CompareSet(
                "contributors",
                contributors.Select(c => $"{c.Name} ({c.Role})").ToArray(),
                draft.Contributors.Select(c => $"{c.Name} ({c.Role})").ToArray(),
                mismatches);
        }

        CompareBody(golden, draft, mismatches);

        if (golden.Tags is { } tags)
        {
            CompareSet("tags", tags, draft.Tags, mismatches);
        }

        if (golden.Images is { } images)
        {
            CompareImages(images, draft.Images, mismatches);
        }

        if (golden.Related is { } related)
        {
            CompareOrderedList("related", related, draft.Related, mismatches);
        }
    }

    private static void CompareHeadline(GoldenDocument golden, ArticleDraft draft, List<string> mismatches)
    {
        if (golden.HeadlineDerived is { } derived && derived != draft.HeadlineDerived)
        {
            mismatches.Add($"headlineDerived: expected {Bool(derived)}, found {Bool(draft.HeadlineDerived)}");
        }

        if (golden.Headline is not { } headline)
        {
            return;
        }

        if (headline.Value is not null)
        {
            if (!TextComparison.AreEqual(headline.Value, draft.Headline))
            {
                mismatches.Add($"headline: expected {Show(headline.Value)}, found {Show(draft.Headline)}");
            }
            return;
        }

        // The document has none, so any short headline made from the lead that names the story will do.
        if (!draft.HeadlineDerived && golden.HeadlineDerived is null)
        {
            mismatches.Add("headlineDerived: the document has no headline, so the headline must be derived");
        }
        if (string.IsNullOrWhiteSpace(draft.Headline))
        {
            mismatches.Add("headline: the derived headline is empty");
        }
        else if (draft.Headline.Length > DerivedHeadlineMaxLength)
        {
            mismatches.Add($"headline: the derived headline has {draft.Headline.Length} characters, more than {DerivedHeadlineMaxLength}: {Show(draft.Headline)}");
        }
        foreach (var word in golden.HeadlineMustMention ?? [])
        {
            if (!TextComparison.Contains(draft.Headline, word))
            {
                mismatches.Add($"headline: the derived headline {Show(draft.Headline)} does not mention {Show(word)}");
            }
        }
    }

    private static void ComparePublishedAt(GoldenDocument golden, ArticleDraft draft, List<string> mismatches)
    {
        if (golden.PublishedAt is not { } stated)
        {
            return;
        }

        var found = draft.PublishedAt is { } at
            ? $"{at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}{(draft.PublishedDateOnly ? " (date only)" : "")}"
            : "null";

        if (stated.Value is null)
        {
            if (draft.PublishedAt is not null)
            {
                mismatches.Add($"publishedAt: expected null, found {found}");
            }
            return;
        }

        if (DateOnly.TryParseExact(stated.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var matches = draft.PublishedAt is { } day
                && draft.PublishedDateOnly
                && DateOnly.FromDateTime(day.UtcDateTime) == date;
            if (!matches)
            {
                mismatches.Add($"publishedAt: expected the date {stated.Value} alone (PublishedDateOnly), found {found}");
            }
            return;
        }

        var instant = DateTimeOffset.Parse(stated.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        if (draft.PublishedAt != instant || draft.PublishedDateOnly)
        {
            mismatches.Add($"publishedAt: expected {stated.Value}, found {found}");
        }
    }

    private static void CompareBody(GoldenDocument golden, ArticleDraft draft, List<string> mismatches)
    {
        if (golden.BodyParagraphs is { } count && count != draft.Body.Count)
        {
            mismatches.Add($"bodyParagraphs: expected {count}, found {draft.Body.Count}");
        }

        var paragraphs = draft.Body.Prepend(draft.Lead).ToArray();
        foreach (var forbidden in golden.BodyMustNotContain ?? [])
        {
            var offender = paragraphs.FirstOrDefault(p => TextComparison.Contains(p, forbidden));
            if (offender is not null)
            {
                mismatches.Add($"body: must not contain {Show(forbidden)}, but a paragraph does: {Show(Clip(offender))}");
            }
        }

        // Compared on the raw text: normalizing first would erase exactly the characters this check is about.
        foreach (var character in golden.BodyMustNotContainCharacters ?? [])
        {
            var offender = paragraphs.FirstOrDefault(p => p.Contains(character, StringComparison.Ordinal));
            if (offender is not null)
            {
                mismatches.Add($"body: must not contain the character {CodePoints(character)}, but a paragraph does: {Show(Clip(offender))}");
            }
        }
    }

    private static void CompareImages(IReadOnlyList<GoldenImage> expected, IReadOnlyList<ImageDraft> found, List<string> mismatches)
    {
        if (expected.Count != found.Count)
        {
            mismatches.Add($"images: expected {expected.Count}, found {found.Count}{(found.Count > 0 ? ": " + string.Join(" | ", found.Select(i => Show(Clip(i.Caption)))) : "")}");
        }

        for (var i = 0; i < Math.Min(expected.Count, found.Count); i++)
        {
            if (!TextComparison.StartsWith(found[i].Caption, expected[i].CaptionStartsWith))
            {
                mismatches.Add($"images[{i}].caption: expected to start with {Show(expected[i].CaptionStartsWith)}, found {Show(Clip(found[i].Caption))}");
            }
            if (!TextComparison.AreEqual(expected[i].Credit, found[i].Credit))
            {
                mismatches.Add($"images[{i}].credit: expected {Show(expected[i].Credit)}, found {Show(found[i].Credit)}");
            }
        }
    }

    private static EntityScore ComparePeople(GoldenDocument golden, ArticleDraft draft, List<string> mismatches)
    {
        if (golden.People is not { } required)
        {
            return EntityScore.Empty;
        }

        var found = 0;
        foreach (var person in required)
        {
            var match = draft.People.FirstOrDefault(p => TextComparison.AreEqual(person.Name, p.Name));
            if (match is null)
            {
                mismatches.Add($"people: {Show(person.Name)} not found");
                continue;
            }

            found++;
            var missingAliases = (person.Aliases ?? []).Where(a => !match.Aliases.Any(m => TextComparison.AreEqual(a, m))).ToArray();
            if (missingAliases.Length > 0)
            {
                mismatches.Add($"people: {Show(person.Name)} lacks the aliases {ShowList(missingAliases)} (found {ShowList(match.Aliases)})");
            }
            if (!string.IsNullOrWhiteSpace(person.TitleContains) && !TextComparison.Contains(match.Title, person.TitleContains))
            {
                mismatches.Add($"people: {Show(person.Name)} title expected to contain {Show(person.TitleContains)}, found {Show(match.Title)}");
            }
            if (person.Organization is not null && !TextComparison.AreEqual(person.Organization, match.Organization))
            {
                mismatches.Add($"people: {Show(person.Name)} organization expected {Show(person.Organization)}, found {Show(match.Organization)}");
            }
            if (person.In is not null)
            {
                CompareRole(person, match, mismatches);
            }
        }

        var known = required.Concat(golden.OptionalPeople ?? []).Select(p => p.Name).ToArray();
        var extra = draft.People.Select(p => p.Name).Where(name => !known.Any(k => TextComparison.AreEqual(k, name))).ToArray();
        if (extra.Length > 0)
        {
            mismatches.Add($"people: found people the document does not name as such: {ShowList(extra)}");
        }

        return new EntityScore(required.Count, found, draft.People.Count, extra.Length);
    }

    private static void CompareRole(GoldenPerson person, PersonDraft match, List<string> mismatches)
    {
        PersonRole? role = TextComparison.Normalize(person.In) switch
        {
            "byline" => PersonRole.Byline,
            "image caption" => PersonRole.InCaption,
            "image credit" => PersonRole.Photographer,
            "credits" => PersonRole.Contributor,
            _ => null,
        };

        if (role is null)
        {
            mismatches.Add($"golden file: people: {Show(person.Name)} has an unknown \"in\" value {Show(person.In)}");
        }
        else if (!match.Roles.Contains(role.Value))
        {
            mismatches.Add($"people: {Show(person.Name)} expected role {role} (\"in\": {Show(person.In)}), found roles [{string.Join(", ", match.Roles)}]");
        }
    }

    private static EntityScore CompareOrganizations(GoldenDocument golden, ArticleDraft draft, List<string> mismatches)
    {
        if (golden.Organizations is not { } required)
        {
            return EntityScore.Empty;
        }

        var found = 0;
        foreach (var organization in required)
        {
            var match = draft.Organizations.FirstOrDefault(o => TextComparison.AreEqual(organization.Name, o.Name));
            if (match is null)
            {
                mismatches.Add($"organizations: {Show(organization.Name)} not found");
                continue;
            }

            found++;
            var missingAliases = (organization.Aliases ?? []).Where(a => !match.Aliases.Any(m => TextComparison.AreEqual(a, m))).ToArray();
            if (missingAliases.Length > 0)
            {
                mismatches.Add($"organizations: {Show(organization.Name)} lacks the aliases {ShowList(missingAliases)} (found {ShowList(match.Aliases)})");
            }
            if (organization.Kind is not null && !TextComparison.AreEqual(organization.Kind, match.Kind))
            {
                mismatches.Add($"organizations: {Show(organization.Name)} kind expected {Show(organization.Kind)}, found {Show(match.Kind)}");
            }
            if (organization.Parent is not null && !TextComparison.AreEqual(organization.Parent, match.Parent))
            {
                mismatches.Add($"organizations: {Show(organization.Name)} parent expected {Show(organization.Parent)}, found {Show(match.Parent)}");
            }
        }

        var known = required.Concat(golden.OptionalOrganizations ?? []).Select(o => o.Name).ToArray();
        var extra = draft.Organizations.Select(o => o.Name).Where(name => !known.Any(k => TextComparison.AreEqual(k, name))).ToArray();
        if (extra.Length > 0)
        {
            mismatches.Add($"organizations: found organizations the document does not name as such: {ShowList(extra)}");
        }

        return new EntityScore(required.Count, found, draft.Organizations.Count, extra.Length);
    }

    private static EntityScore ComparePlaces(GoldenDocument golden, ArticleDraft draft, List<string> mismatches)
    {
        if (golden.Places is not { } required)
        {
            return EntityScore.Empty;
        }

        var missing = required.Where(place => !draft.Places.Any(p => TextComparison.AreEqual(place, p))).ToArray();
        if (missing.Length > 0)
        {
            mismatches.Add($"places: not found {ShowList(missing)}");
        }

        var known = required.Concat(golden.OptionalPlaces ?? []).ToArray();
        var extra = draft.Places.Where(place => !known.Any(k => TextComparison.AreEqual(k, place))).ToArray();
        if (extra.Length > 0)
        {
            mismatches.Add($"places: found places the document does not name as such: {ShowList(extra)}");
        }

        return new EntityScore(required.Count, required.Count - missing.Length, draft.Places.Count, extra.Length);
    }

    private static QuoteScore CompareQuotes(GoldenDocument golden, ArticleDraft draft, List<string> mismatches)
    {
        foreach (var term in golden.NotQuotes ?? [])
        {
            var offender = draft.Quotes.FirstOrDefault(q =>
            {
                var text = TextComparison.Normalize(q.Text).Trim('"', '\'', ' ');
                return text.StartsWith(TextComparison.Normalize(term), StringComparison.Ordinal);
            });
            if (offender is not null)
            {
                mismatches.Add($"notQuotes: {Show(term)} is a quoted term, not a quotation, but was found as one (speaker {Show(offender.Speaker)})");
            }
        }

        if (golden.Quotes is not { } expected)
        {
            return QuoteScore.Empty;
        }

        var matched = 0;
        foreach (var quote in expected)
        {
            var sameText = draft.Quotes.Where(q => TextComparison.Contains(q.Text, quote.TextStartsWith)).ToArray();
            var sameSpeaker = sameText.Where(q => TextComparison.AreEqual(quote.Speaker, q.Speaker)).ToArray();
            if (sameText.Length == 0)
            {
                mismatches.Add($"quotes: {Show(quote.TextStartsWith)} ({quote.Speaker}) not found");
                continue;
            }
            if (sameSpeaker.Length == 0)
            {
                mismatches.Add($"quotes: {Show(quote.TextStartsWith)} speaker expected {Show(quote.Speaker)}, found {ShowList(sameText.Select(q => q.Speaker ?? "(none)").ToArray())}");
                continue;
            }

            matched++;
            if (quote.Partial is { } partial && !sameSpeaker.Any(q => q.Partial == partial))
            {
                mismatches.Add($"quotes: {Show(quote.TextStartsWith)} partial expected {Bool(partial)}, found {Bool(!partial)}");
            }
        }

        return new QuoteScore(expected.Count, matched);
    }

    private static void CompareScalar(string field, Stated<string?>? expected, string? found, List<string> mismatches)
    {
        if (expected is not null && !TextComparison.AreEqual(expected.Value, found))
        {
            mismatches.Add($"{field}: expected {Show(expected.Value)}, found {Show(found)}");
        }
    }

    private static void CompareOrderedList(string field, IReadOnlyList<string> expected, IReadOnlyList<string> found, List<string> mismatches)
    {
        var same = expected.Count == found.Count && expected.Zip(found).All(pair => TextComparison.AreEqual(pair.First, pair.Second));
        if (!same)
        {
            mismatches.Add($"{field}: expected {ShowList(expected)}, found {ShowList(found)}");
        }
    }

    private static void CompareSet(string field, IReadOnlyList<string> expected, IReadOnlyList<string> found, List<string> mismatches)
    {
        var missing = expected.Where(e => !found.Any(f => TextComparison.AreEqual(e, f))).ToArray();
        var extra = found.Where(f => !expected.Any(e => TextComparison.AreEqual(e, f))).ToArray();
        if (missing.Length > 0)
        {
            mismatches.Add($"{field}: missing {ShowList(missing)}");
        }
        if (extra.Length > 0)
        {
            mismatches.Add($"{field}: unexpected {ShowList(extra)}");
        }
    }

    private static string Show(string? value) => value is null ? "null" : $"\"{value}\"";

    private static string ShowList(IEnumerable<string?> values) => $"[{string.Join(", ", values.Select(Show))}]";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Clip(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private static string CodePoints(string text) => string.Join(" ", text.Select(c => $"U+{(int)c:X4}"));
}
