using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities;

/// <summary>
/// Turns the double-quoted stretches of body and standfirst into quotations and finds who said each: a name or pronoun
/// beside a reporting verb after or before the quote, the speaker of the quote just before it, or the person last named.
/// </summary>
internal sealed class QuoteAttributor(ArticleScanner scanner)
{
    // Attribution is looked for within a bounded window so that a page of quote marks stays linear.
    private const int SegmentLimit = 40;
    private const int LookBackLimit = 60;

    private readonly record struct Attribution(bool Found, int Person)
    {
        public static readonly Attribution None = new(false, -1);
    }

    private int lastSpeaker = -1;

    /// <param name="units">The article's text units in reading order.</param>
    /// <param name="interviewers">The byline's names: in a transcript their turns are questions, not quotations.</param>
    public List<QuoteDraft> Attribute(IEnumerable<TextUnit> units, IReadOnlyCollection<string> interviewers)
    {
        var quotes = new List<QuoteDraft>();
        foreach (var unit in units)
        {
            if (unit.Zone is not (TextZone.Body or TextZone.Standfirst))
            {
                continue;
            }
            if (unit.Zone == TextZone.Body && TranscriptTurn(unit.Text, interviewers) is var (turnSpeaker, turnText))
            {
                scanner.People[turnSpeaker].AddRole(PersonRole.Quoted);
                quotes.Add(new QuoteDraft(turnText, scanner.People[turnSpeaker].Name, Partial: false));
            }
            var previousInUnit = -1;
            foreach (var quote in unit.Quotes)
            {
                // Cut out of the unit once: the tests below read the same words.
                var raw = RawQuoteText(unit, quote);
                var text = QuoteText(raw);
                if (text.Length == 0)
                {
                    continue;
                }
                var preStart = SentenceStartBefore(unit, quote.Open);
                if (IsScareQuote(unit, quote, raw, preStart))
                {
                    continue;
                }
                var partial = IsPartial(unit, quote, text);
                var speaker = Resolve(unit, quote, text, preStart, partial ? -1 : previousInUnit, partial);
                if (speaker >= 0)
                {
                    scanner.People[speaker].AddRole(PersonRole.Quoted);
                    lastSpeaker = speaker;
                    previousInUnit = speaker;
                }
                quotes.Add(new QuoteDraft(text, speaker >= 0 ? scanner.People[speaker].Name : null, partial));
            }
        }
        return quotes;
    }

    // A speaker's name before a colon is at most a few words; a label longer than this is a sentence that happens to hold a colon.
    private const int MaxSpeakerLabelLength = 40;
    private const int MinTurnLength = 12;

    /// <summary>
    /// "Thu Trang: We train them.": in an interview's transcript a person's name and a colon open their turn,
    /// which is what they said. The interviewer's turns (the byline's names) and questions are left out.
    /// </summary>
    private (int Speaker, string Text)? TranscriptTurn(string paragraph, IReadOnlyCollection<string> interviewers)
    {
        var colon = paragraph.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || colon > MaxSpeakerLabelLength || paragraph.Length - colon < MinTurnLength || paragraph.EndsWith('?'))
        {
            return null;
        }
        var label = paragraph[..colon];
        if (!label.Split(' ').All(word => word.Length > 0 && char.IsUpper(word[0])))
        {
            return null;
        }
        var speaker = scanner.FindPerson(label);
        if (speaker < 0 || interviewers.Any(name => name.Equals(scanner.People[speaker].Name, StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(" " + label, StringComparison.OrdinalIgnoreCase) || name.Equals(label, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        return (speaker, paragraph[(colon + 2)..].Trim());
    }

    private int Resolve(TextUnit unit, QuoteSpan quote, string quoted, int preStart, int previousInUnit, bool partial)
    {
        // A quote that ends its own sentence ('...common sense." Republican Leader X said') has nothing after it.
        var endsSentence = quoted.Length > 0 && quoted[^1] == '.'
            && quote.Close + 1 < unit.Tokens.Length && unit.Tokens[quote.Close + 1].IsCapitalizedWord;
        var postEnd = endsSentence ? quote.Close + 1 : SegmentEnd(unit, quote.Close + 1);
        var attribution = FromSegment(unit, quote.Close + 1, postEnd, before: false, quote.Open);
        if (!attribution.Found)
        {
            attribution = FromSegment(unit, preStart, quote.Open, before: true, quote.Open);
        }
        if (attribution.Found)
        {
            return attribution.Person;
        }
        if (partial)
        {
            // A phrase quoted inside a sentence that names no speaker ("Critics called it "too little"") has none.
            return -1;
        }
        if (previousInUnit >= 0)
        {
            return previousInUnit;
        }
        attribution = FromFollowingSentence(unit, postEnd, quote.Open);
        if (attribution.Found)
        {
            return attribution.Person;
        }
        return MostRecent(unit.Order, quote.Open, Gender.Unknown);
    }

    /// <summary>The speaker named in a stretch beside a quote that holds a reporting verb; an organization speaking gives no person.</summary>
    private Attribution FromSegment(TextUnit unit, int start, int end, bool before, int quoteOpen)
    {
        var tokens = unit.Tokens;
        end = Math.Min(end, tokens.Length);
        if (start >= end)
        {
            return Attribution.None;
        }
        var lastVerb = -1;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsWord && ReportingVerbs.IsReportingVerb(tokens[k].Text))
            {
                lastVerb = k;
            }
        }
        if (before && tokens[end - 1].IsPunctuation(':'))
        {
            lastVerb = end - 1;
        }
        if (lastVerb < 0)
        {
            return Attribution.None;
        }

        var personMentions = unit.PersonMentions;
        var mentionIndex = FirstMentionAtOrAfter(personMentions, start);
        var organizationMentions = unit.OrganizationMentions;
        var organizationIndex = FirstMentionAtOrAfter(organizationMentions, start);
        var chosen = Attribution.None;
        var organizationSpeaks = false;
        for (var k = start; k < end; k++)
        {
            var candidate = Attribution.None;
            while (mentionIndex < personMentions.Count && personMentions[mentionIndex].Start < k)
            {
                mentionIndex++;
            }
            while (organizationIndex < organizationMentions.Count && organizationMentions[organizationIndex].Start < k)
            {
                organizationIndex++;
            }
            if (organizationIndex < organizationMentions.Count && organizationMentions[organizationIndex].Start == k
                && !chosen.Found && VerbFollows(tokens, organizationMentions[organizationIndex].End, end))
            {
                // An organization right before its verb ("the union said", "Xinhua reported") speaks for itself.
                organizationSpeaks = true;
            }
            if (mentionIndex < personMentions.Count && personMentions[mentionIndex].Start == k)
            {
                candidate = new Attribution(true, personMentions[mentionIndex].Entity);
            }
            else if (tokens[k].IsWord && WordClasses.IsPronoun(tokens[k].Text, out var gender))
            {
                candidate = new Attribution(true, ResolvePronoun(unit.Order, quoteOpen, gender));
            }
            else if (tokens[k].IsWord && tokens[k].Text is "the" or "The" && k + 1 < end && tokens[k + 1].IsLowerWord
                && TitleWords.IsDescriptor(tokens[k + 1].Text))
            {
                candidate = new Attribution(true, ResolveDescriptor(unit.Order, quoteOpen, tokens[k + 1].Text));
            }
            else if (tokens[k].IsWord && tokens[k].Text is "the" or "The" && k + 1 < end && tokens[k + 1].IsCapitalizedWord
                && (WordClasses.IsPersonNoun(tokens[k + 1].Text) || scanner.IsDemonym(tokens[k + 1].Text)))
            {
                // "the Dutchman said": the person last named.
                var told = tokens[k + 1].Text.EndsWith("woman", StringComparison.Ordinal) ? Gender.Female : Gender.Unknown;
                candidate = new Attribution(true, ResolvePronoun(unit.Order, quoteOpen, told));
            }
            if (!candidate.Found)
            {
                continue;
            }
            if (!before)
            {
                return organizationSpeaks ? new Attribution(true, -1) : candidate;
            }
            if (k < lastVerb || !chosen.Found)
            {
                chosen = candidate;
            }
            if (k > lastVerb)
            {
                break;
            }
        }
        if (chosen.Found)
        {
            return chosen;
        }
        return organizationSpeaks ? new Attribution(true, -1) : Attribution.None;
    }

    private static bool VerbFollows(Token[] tokens, int from, int end)
    {
        for (var k = from; k < Math.Min(end, from + 2); k++)
        {
            if (tokens[k].IsWord && ReportingVerbs.IsReportingVerb(tokens[k].Text))
            {
                return true;
            }
            if (!tokens[k].IsLowerWord || tokens[k].Text is not ("has" or "had" or "was" or "also" or "later" or "then"))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A quote standing alone whose speaker is named in the next sentence of the paragraph ("X said so").</summary>
    private Attribution FromFollowingSentence(TextUnit unit, int from, int quoteOpen)
    {
        var tokens = unit.Tokens;
        var limit = Math.Min(tokens.Length, from + LookBackLimit);
        var mentions = unit.PersonMentions;
        for (var m = FirstMentionAtOrAfter(mentions, from); m < mentions.Count && mentions[m].Start < limit; m++)
        {
            var after = mentions[m].End;
            for (var k = after; k < Math.Min(after + 3, tokens.Length); k++)
            {
                if (tokens[k].IsWord && ReportingVerbs.IsReportingVerb(tokens[k].Text))
                {
                    return new Attribution(true, mentions[m].Entity);
                }
            }
        }
        for (var k = from; k < limit - 1; k++)
        {
            if (tokens[k].Is(TokenFlags.OpeningQuote))
            {
                break;
            }
            if (tokens[k].IsWord && WordClasses.IsPronoun(tokens[k].Text, out var gender) && ReportingVerbs.IsReportingVerb(tokens[k + 1].Text))
            {
                return new Attribution(true, ResolvePronoun(unit.Order, quoteOpen, gender));
            }
        }
        return Attribution.None;
    }

    private int ResolvePronoun(int unitOrder, int position, Gender gender)
    {
        var mentions = scanner.NarrativeMentions;
        var last = LastNarrativeMentionBefore(unitOrder, position);
        for (var j = last; j >= 0 && last - j < LookBackLimit; j--)
        {
            var person = scanner.People[mentions[j].Entity];
            if (gender == Gender.Unknown || person.Gender == Gender.Unknown || person.Gender == gender)
            {
                if (person.Gender == Gender.Unknown && gender != Gender.Unknown)
                {
                    person.Gender = gender;
                }
                return mentions[j].Entity;
            }
        }
        return last >= 0 ? mentions[last].Entity : -1;
    }

    private int ResolveDescriptor(int unitOrder, int position, string descriptor)
    {
        var mentions = scanner.NarrativeMentions;
        var last = LastNarrativeMentionBefore(unitOrder, position);
        for (var j = last; j >= 0 && last - j < LookBackLimit; j--)
        {
            if (TitleWords.DescriptorFitsTitle(descriptor, scanner.People[mentions[j].Entity].Title))
            {
                return mentions[j].Entity;
            }
        }
        return lastSpeaker >= 0 ? lastSpeaker : MostRecent(unitOrder, position, Gender.Unknown);
    }

    private int MostRecent(int unitOrder, int position, Gender gender) => ResolvePronoun(unitOrder, position, gender);

    private int LastNarrativeMentionBefore(int unitOrder, int position)
    {
        var mentions = scanner.NarrativeMentions;
        int low = 0, high = mentions.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var mention = mentions[middle];
            if (mention.Unit < unitOrder || (mention.Unit == unitOrder && mention.Start < position))
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return found;
    }

    private static int FirstMentionAtOrAfter(List<EntityMention> mentions, int start)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (mentions[middle].Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    private static bool HasReportingVerb(TextUnit unit, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (unit.Tokens[k].IsWord && ReportingVerbs.IsReportingVerb(unit.Tokens[k].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where the sentence holding a quote's opening mark starts, or just after the previous quote's closing mark.</summary>
    private static int SentenceStartBefore(TextUnit unit, int open)
    {
        var tokens = unit.Tokens;
        var k = open - 1;
        while (k >= 0 && open - k <= LookBackLimit)
        {
            if (tokens[k].IsSentenceEnd || tokens[k].Kind == TokenKind.QuoteMark)
            {
                break;
            }
            k--;
        }
        return k + 1;
    }

    private static int SegmentEnd(TextUnit unit, int from)
    {
        var tokens = unit.Tokens;
        var k = from;
        while (k < tokens.Length && k - from < SegmentLimit)
        {
            if (tokens[k].IsSentenceEnd || tokens[k].Kind == TokenKind.QuoteMark)
            {
                return k;
            }
            k++;
        }
        return k;
    }

    private static string RawQuoteText(TextUnit unit, QuoteSpan quote)
    {
        var start = unit.Tokens[quote.Open].End;
        var end = quote.Close < unit.Tokens.Length ? unit.Tokens[quote.Close].Start : unit.Text.Length;
        return end > start ? unit.Text[start..end].Trim() : "";
    }

    private static string QuoteText(string raw) => raw.TrimEnd(',').TrimEnd();

    /// <summary>The end of the sentence that goes on after a quote, past any clause (", she said."), within a bounded window.</summary>
    private static int SentenceEnd(TextUnit unit, int from)
    {
        var tokens = unit.Tokens;
        var k = from;
        while (k < tokens.Length && k - from < SegmentLimit)
        {
            if (tokens[k].IsSentenceEnd || tokens[k].Is(TokenFlags.OpeningQuote))
            {
                return k;
            }
            k++;
        }
        return k;
    }

    /// <summary>
    /// A few quoted words without a sentence's end are a term ("slippage", "Green bonds" could mean...), unless a reporting verb
    /// introduces them, or follows them at once after an inner comma ("The payments will come," the minister told...).
    /// </summary>
    private static bool IsScareQuote(TextUnit unit, QuoteSpan quote, string text, int preStart)
    {
        var last = text[^1];
        if (last is '.' or '!' or '?' or '\u2026' or ';' or ':')
        {
            return false;
        }
        if (IsTitleOfAWork(text))
        {
            return true;
        }
        var words = 1;
        foreach (var c in text)
        {
            if (c == ' ' && ++words > 4)
            {
                return false;
            }
        }
        // Only the clause the quote sits in counts: "Okoro noted, which makes the "slippage" worse" is not introduced by "noted".
        var clauseStart = quote.Open;
        while (clauseStart > preStart && !unit.Tokens[clauseStart - 1].IsPunctuation(','))
        {
            clauseStart--;
        }
        if (HasReportingVerb(unit, clauseStart, quote.Open) || (quote.Open > 0 && unit.Tokens[quote.Open - 1].IsPunctuation(':')) || OpensWithAccordingTo(unit, preStart))
        {
            return false;
        }
        var after = quote.Close + 1;
        if (last == ',')
        {
            return !HasReportingVerb(unit, after, Math.Min(after + 7, SentenceEnd(unit, after)));
        }
        // A short phrase opening a sentence is its subject, whatever verb comes later; inside a sentence it needs one.
        return preStart == quote.Open || !HasReportingVerb(unit, after, SentenceEnd(unit, after));
    }

    /// <summary>"According to X, the company bought the land "in good faith"": the sentence reports what X said.</summary>
    private static bool OpensWithAccordingTo(TextUnit unit, int sentenceStart) =>
        sentenceStart + 2 < unit.Tokens.Length && unit.Tokens[sentenceStart].Text is "According" or "according" && unit.Tokens[sentenceStart + 1].Text == "to";

    /// <summary>"War and Peace", "The Harmattan Road": a few words in title case are a name of a work, not something said.</summary>
    private static bool IsTitleOfAWork(string text)
    {
        // Read in place: most quotes are whole sentences, whose words would be split out only to be counted past six.
        var trimmed = text.AsSpan().TrimEnd(',');
        var words = 0;
        var capitalized = 0;
        foreach (var range in trimmed.Split(' '))
        {
            var word = trimmed[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (++words > 6)
            {
                return false;
            }
            if (char.IsUpper(word[0]))
            {
                capitalized++;
            }
            else if (word.Length > 3)
            {
                return false;
            }
        }
        return words >= 1 && capitalized >= Math.Max(1, words - 2) && (words > 1 || text.Length > 0 && !char.IsPunctuation(text[^1]));
    }

    private static bool IsPartial(TextUnit unit, QuoteSpan quote, string text)
    {
        if (quote.Open == 0)
        {
            return false;
        }
        var previous = unit.Tokens[quote.Open - 1];
        if (!previous.IsWord && previous.Kind != TokenKind.Number)
        {
            return false;
        }
        return !(ReportingVerbs.IsReportingVerb(previous.Text) && char.IsUpper(text[0]));
    }
}
