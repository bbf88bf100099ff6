using NewsApi.Ingestion.Entities.Lexicon;

namespace NewsApi.Ingestion.Entities.Text;

internal enum TextZone : byte
{
    Headline,
    Standfirst,
    Body,
    Caption,
}

/// <summary>A double-quoted stretch of one text unit; <see cref="Close"/> is the unit's token count when the quote runs on to its end.</summary>
internal readonly record struct QuoteSpan(int Open, int Close);

/// <summary>One paragraph, standfirst, caption or headline, tokenized, with its sentence starts and quotations marked.</summary>
internal sealed class TextUnit
{
    public TextUnit(int order, TextZone zone, string text, IEntityKnowledge? knowledge = null)
    {
        Order = order;
        Zone = zone;
        Text = text;
        Tokens = knowledge is null ? Tokenizer.Tokenize(text) : WithoutPeersBrackets(WithoutNicknames(Tokenizer.Tokenize(text), knowledge));
        Quotes = MarkQuotes(Tokens);
        MarkSentenceStarts(Tokens);
    }

    public int Order { get; }
    public TextZone Zone { get; }
    public string Text { get; }
    public Token[] Tokens { get; }
    public IReadOnlyList<QuoteSpan> Quotes { get; }

    /// <summary>People named in this unit, in token order, filled in by the scanner.</summary>
    public List<EntityMention> PersonMentions { get; } = [];

    /// <summary>Organizations named in this unit, in token order.</summary>
    public List<EntityMention> OrganizationMentions { get; } = [];

    public bool HasPersonMentionEndingAt(int end)
    {
        foreach (var mention in PersonMentions)
        {
            if (mention.End == end)
            {
                return true;
            }
        }
        return false;
    }

    public string Join(int start, int end)
    {
        if (end - start == 1)
        {
            return Tokens[start].Text;
        }
        if (end <= start)
        {
            return "";
        }
        return string.Create(JoinedLength(start, end), (Tokens, start, end), static (destination, state) =>
            CopyJoined(state.Tokens, state.start, state.end, destination));
    }

    /// <summary>The length of <see cref="Join"/>'s result, so that callers can test a joined name without allocating it.</summary>
    public int JoinedLength(int start, int end)
    {
        if (end <= start)
        {
            return 0;
        }
        var length = Tokens[start].Text.Length;
        for (var i = start + 1; i < end; i++)
        {
            length += SeparatorLength(Tokens, i) + Tokens[i].Text.Length;
        }
        return length;
    }

    /// <summary>Writes what <see cref="Join"/> returns into <paramref name="destination"/>, which holds <see cref="JoinedLength"/> characters.</summary>
    public void JoinInto(int start, int end, Span<char> destination) => CopyJoined(Tokens, start, end, destination);

    private static void CopyJoined(Token[] tokens, int start, int end, Span<char> destination)
    {
        var at = 0;
        for (var i = start; i < end; i++)
        {
            if (i > start && SeparatorLength(tokens, i) == 1)
            {
                destination[at++] = IsCommaInName(tokens, i) ? '.' : ' ';
            }
            tokens[i].Text.CopyTo(destination[at..]);
            at += tokens[i].Text.Length;
        }
    }

    /// <summary>
    /// What stands between token <paramref name="i"/> and the one before it, written by <see cref="CopyJoined"/> and counted by
    /// <see cref="JoinedLength"/> alike: a comma takes the abbreviation's full stop before it or nothing, even right after an
    /// opening bracket ("(,"), which a fuzzed text produced; a bracket and a full stop are written against their word; else one space.
    /// </summary>
    private static int SeparatorLength(Token[] tokens, int i) =>
        IsCommaInName(tokens, i) ? (tokens[i - 1].Is(TokenFlags.AbbreviationDot) ? 1 : 0)
        : IsInsideBracket(tokens, i) || IsFullStopWrittenAgainst(tokens, i) ? 0 : 1;

    // "Sp. z o.o.": a full stop inside a name is written against the letters on either side of it, as in the text.
    private static bool IsFullStopWrittenAgainst(Token[] tokens, int i) =>
        (tokens[i].IsPunctuation('.') || tokens[i - 1].IsPunctuation('.')) && tokens[i].Start == tokens[i - 1].End;

    // The one comma a name holds, between legal forms ("Co., Ltd"), is written as in the text: no space before it, and after
    // the abbreviation's full stop.
    private static bool IsCommaInName(Token[] tokens, int i) => tokens[i].IsPunctuation(',');

    // "Bluewater Securities (Thailand) PCL": a name's bracket is written against the word it holds.
    private static bool IsInsideBracket(Token[] tokens, int i) => tokens[i].IsPunctuation(')') || tokens[i - 1].IsPunctuation('(');

    /// <summary>
    /// "Sebastián “el Vasco” Irazábal", "Joaquín "El Chapo" Guzmán", "Mr. Juma "Baba Sheila" Mwakio", "Johan "JJ" van
    /// Rensburg": a nickname quoted between a given name and a surname is left out of the tokens, so that the name reads whole
    /// and the nickname is no quotation; the given name keeps the mark that it had one, a person's sign.
    /// </summary>
    private static Token[] WithoutNicknames(Token[] tokens, IEntityKnowledge knowledge)
    {
        const int MaxNicknameWords = 3;
        List<Token>? kept = null;
        var copiedUpTo = 0;
        for (var open = 1; open < tokens.Length; open++)
        {
            if (!OpensNickname(tokens[open]) || GivenNameBeforeNickname(tokens, open) is not (>= 0 and var given))
            {
                continue;
            }
            var close = open + 1;
            while (close < tokens.Length && close - open - 1 <= MaxNicknameWords && tokens[close].IsWord)
            {
                close++;
            }
            if (close == open + 1 || close - open - 1 > MaxNicknameWords || close + 1 >= tokens.Length
                || !ClosesNickname(tokens[open], tokens[close]) || !OpensSurname(tokens, close + 1)
                || !IsGivenNameBeforeNickname(tokens, given, open, close, knowledge))
            {
                continue;
            }
            kept ??= new List<Token>(tokens.Length);
            tokens[given].Flags |= TokenFlags.NicknameAfter;
            if (tokens[open - 1].IsPunctuation('.') && given == open - 3)
            {
                // "Thomas J." keeps its initial's full stop on the initial, as the tokenizer writes it before a surname.
                var initial = tokens[open - 2];
                kept.AddRange(tokens.AsSpan(copiedUpTo, open - 2 - copiedUpTo));
                kept.Add(new Token(initial.Text + ".", initial.Start, tokens[open - 1].End, initial.Kind, initial.Flags));
            }
            else
            {
                kept.AddRange(tokens.AsSpan(copiedUpTo, open - copiedUpTo));
            }
            copiedUpTo = close + 1;
            open = close;
        }
        if (kept is null)
        {
            return tokens;
        }
        kept.AddRange(tokens.AsSpan(copiedUpTo));
        return [.. kept];
    }

    /// <summary>
    /// The nicknames cut from between the tokens [<paramref name="start"/>, <paramref name="end"/>) ("Barty" of "Bartholomew "Barty"
    /// Odhiambo Kerr"), each with the name as the text prints it around them; none when no word of the name lost one.
    /// </summary>
    public IEnumerable<(string Nickname, string Printed)> NicknamesWithin(int start, int end)
    {
        for (var i = start; i < end - 1; i++)
        {
            if (!Tokens[i].Is(TokenFlags.NicknameAfter))
            {
                continue;
            }
            // "Thomas J. "T.J." Roe": the nickname may follow a middle initial, so the gap that held it is searched for.
            for (var k = i; k < end - 1 && k <= i + 1; k++)
            {
                var gap = Text.AsSpan(Tokens[k].End, Tokens[k + 1].Start - Tokens[k].End).Trim().Trim("\"\u201C\u201D\u2018\u2019\u201E");
                if (gap.Length > 0 && char.IsLetter(gap[0]))
                {
                    yield return (gap.ToString(), Text[Tokens[start].Start..Tokens[end - 1].End]);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Lord (Edmund) Ashgrove-Pell": a life peer's given name, bracketed between the rank and the surname because the title
    /// does not carry it, is a part of the name; the brackets are left out of the tokens so that the name reads whole.
    /// </summary>
    private static Token[] WithoutPeersBrackets(Token[] tokens)
    {
        List<Token>? kept = null;
        var copiedUpTo = 0;
        for (var open = 1; open + 3 < tokens.Length; open++)
        {
            if (!tokens[open].IsPunctuation('(') || !tokens[open + 2].IsPunctuation(')') || !Honorifics.IsPeerage(tokens[open - 1].Text)
                || !tokens[open + 1].IsCapitalizedWord || tokens[open + 1].Is(TokenFlags.AllCaps) || !tokens[open + 3].IsCapitalizedWord)
            {
                continue;
            }
            kept ??= new List<Token>(tokens.Length);
            kept.AddRange(tokens.AsSpan(copiedUpTo, open - copiedUpTo));
            kept.Add(tokens[open + 1]);
            copiedUpTo = open + 3;
            open += 2;
        }
        if (kept is null)
        {
            return tokens;
        }
        kept.AddRange(tokens.AsSpan(copiedUpTo));
        return [.. kept];
    }

    // "Themba ‘Ndoda’ Zungu": a nickname may stand in single quotation marks, which the tokenizer keeps as punctuation.
    private static bool OpensNickname(Token token) => token.Kind == TokenKind.QuoteMark || token.IsPunctuation('\u2018');

    private static bool ClosesNickname(Token opening, Token token) =>
        opening.Kind == TokenKind.QuoteMark ? token.Kind == TokenKind.QuoteMark : token.IsPunctuation('\u2019');

    /// <summary>
    /// The given name before a quoted nickname: the word right before the quote, or the one before a middle initial ("Thomas J.
    /// "T.J." Roe"); -1 when neither is a capitalized word.
    /// </summary>
    private static int GivenNameBeforeNickname(Token[] tokens, int open)
    {
        var before = open - 1;
        var stopOnItsOwn = before >= 2 && tokens[before].IsPunctuation('.') && tokens[before].Start == tokens[before - 1].End;
        if (stopOnItsOwn)
        {
            before--;
        }
        if (stopOnItsOwn || before >= 1 && tokens[before].Is(TokenFlags.AbbreviationDot))
        {
            return tokens[before].Text.Length == 1 && char.IsUpper(tokens[before].Text[0]) && tokens[before - 1].IsCapitalizedWord ? before - 1 : -1;
        }
        return tokens[before].IsCapitalizedWord ? before : -1;
    }

    // "van Rensburg", "de la Cruz": a surname may open with its particle.
    private static bool OpensSurname(Token[] tokens, int i) =>
        tokens[i].IsCapitalizedWord || i + 1 < tokens.Length && WordClasses.IsNameParticle(tokens[i].Text) && tokens[i + 1].IsCapitalizedWord;

    /// <summary>
    /// A listed given name, one the nickname is cut from, or else a name the lists do not hold where the nickname is made of
    /// names too and neither side is an ordinary word: a quoted title between two capitalized words ("Netflix "Squid Game"
    /// Season") has an ordinary word beside it.
    /// </summary>
    private static bool IsGivenNameBeforeNickname(Token[] tokens, int givenAt, int open, int close, IEntityKnowledge knowledge)
    {
        var given = tokens[givenAt].Text;
        if (knowledge.IsGivenName(given) || IsShortFormOf(tokens[open + 1], given))
        {
            return true;
        }
        for (var i = open + 1; i < close; i++)
        {
            if (!tokens[i].IsCapitalizedWord && !tokens[i].Is(TokenFlags.AllCaps))
            {
                return false;
            }
        }
        var surname = tokens[close + 1].IsCapitalizedWord ? tokens[close + 1].Text : tokens[close + 2].Text;
        return !knowledge.IsCommonWord(given.ToLowerInvariant()) && !knowledge.IsCommonWord(surname.ToLowerInvariant());
    }

    /// <summary>
    /// "Bernardino "Dino"", "Leopoldo "Leo"": a nickname cut from the given name's start or end marks the name around it as a
    /// person's even where the given name is one the lists do not hold.
    /// </summary>
    private static bool IsShortFormOf(Token nickname, string given)
    {
        const int MinShared = 3;
        var text = nickname.Text;
        return nickname.IsCapitalizedWord && text.Length >= MinShared && text.Length < given.Length
            && (given.StartsWith(text.AsSpan(0, MinShared), StringComparison.OrdinalIgnoreCase)
                || given.EndsWith(text.AsSpan(text.Length - MinShared), StringComparison.OrdinalIgnoreCase));
    }

    private static List<QuoteSpan> MarkQuotes(Token[] tokens)
    {
        var quotes = new List<QuoteSpan>();
        var open = -1;
        var first = ClosingOfQuoteFromEarlierParagraph(tokens);
        if (first > 0)
        {
            // The words before it are the end of the quotation; the speaker's name after it is not quoted.
            tokens[first].Flags |= TokenFlags.ClosingQuote;
            for (var i = 0; i < first; i++)
            {
                tokens[i].Flags |= TokenFlags.InQuote;
            }
        }
        for (var i = first + 1; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.QuoteMark)
            {
                continue;
            }
            var c = tokens[i].Text[0];
            var opens = c is '\u201C' or '\u201E' or '\u00AB' || (c == '"' && open < 0);
            if (opens && open < 0)
            {
                open = i;
            }
            else if (!opens && open >= 0)
            {
                quotes.Add(new QuoteSpan(open, i));
                open = -1;
            }
        }
        if (open >= 0)
        {
            quotes.Add(new QuoteSpan(open, tokens.Length));
        }
        foreach (var quote in quotes)
        {
            tokens[quote.Open].Flags |= TokenFlags.OpeningQuote;
            if (quote.Close < tokens.Length)
            {
                tokens[quote.Close].Flags |= TokenFlags.ClosingQuote;
            }
            for (var i = quote.Open + 1; i < quote.Close; i++)
            {
                tokens[i].Flags |= TokenFlags.InQuote;
            }
        }
        return quotes;
    }

    /// <summary>
    /// A quotation that runs over paragraphs opens in an earlier one and closes here: the first quote mark of the unit is a
    /// closing one (a curly ”, or a straight " glued to the word or comma before it, with a space or the end after it, and
    /// an odd count of straight marks). Its index, or -1.
    /// </summary>
    private static int ClosingOfQuoteFromEarlierParagraph(Token[] tokens)
    {
        var first = -1;
        var straight = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.QuoteMark)
            {
                continue;
            }
            first = first < 0 ? i : first;
            straight += tokens[i].Text[0] == '"' ? 1 : 0;
        }
        if (first <= 0)
        {
            return -1;
        }
        var mark = tokens[first];
        if (mark.Text[0] == '\u201D')
        {
            return first;
        }
        var glued = tokens[first - 1].End == mark.Start && tokens[first - 1].Kind != TokenKind.QuoteMark;
        var spaceAfter = first + 1 == tokens.Length || tokens[first + 1].Start > mark.End;
        return mark.Text[0] == '"' && straight % 2 == 1 && glued && spaceAfter ? first : -1;
    }

    private static void MarkSentenceStarts(Token[] tokens)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].IsPunctuation('.') && (tokens[i + 1].IsPunctuation(',') || tokens[i + 1].IsLowerWord))
            {
                tokens[i].Flags |= TokenFlags.InnerStop;
            }
        }
        var expectStart = true;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref var token = ref tokens[i];
            switch (token.Kind)
            {
                case TokenKind.QuoteMark:
                    if (token.Is(TokenFlags.OpeningQuote))
                    {
                        expectStart = true;
                    }
                    break;
                case TokenKind.Punctuation:
                    if (token.IsSentenceEnd || token.IsPunctuation(':'))
                    {
                        expectStart = true;
                    }
                    break;
                default:
                    if (expectStart)
                    {
                        token.Flags |= TokenFlags.SentenceStart;
                        expectStart = false;
                    }
                    break;
            }
        }
    }
}
