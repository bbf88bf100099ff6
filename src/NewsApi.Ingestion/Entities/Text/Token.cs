namespace NewsApi.Ingestion.Entities.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    QuoteMark,
}

[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    Capitalized = 1,
    AllCaps = 2,

    /// <summary>The word was followed by "'s"; <see cref="Token.Text"/> is the word without it.</summary>
    Possessive = 4,
    SentenceStart = 8,
    InQuote = 16,
    OpeningQuote = 32,
    ClosingQuote = 64,

    /// <summary>The word was followed by the full stop of an abbreviation ("Mr.", "Dr."), which is not a sentence end.</summary>
    AbbreviationDot = 128,

    /// <summary>A full stop followed by a comma or a lower-case word ("R-Ky., said"), which ends an abbreviation, not a sentence.</summary>
    InnerStop = 256,

    /// <summary>A quoted nickname stood after this word and was cut from the tokens ("Chukwudera "KJ" Anozulu"): the name is a person's.</summary>
    NicknameAfter = 512,
}

/// <summary>A word, number, punctuation mark or double quote mark of one text unit, with offsets into it.</summary>
internal struct Token(string text, int start, int end, TokenKind kind, TokenFlags flags)
{
    public readonly string Text = text;
    public readonly int Start = start;
    public readonly int End = end;
    public readonly TokenKind Kind = kind;
    public TokenFlags Flags = flags;

    public readonly bool Is(TokenFlags flag) => (Flags & flag) != 0;

    public readonly bool IsWord => Kind == TokenKind.Word;

    public readonly bool IsCapitalizedWord => Kind == TokenKind.Word && (Flags & TokenFlags.Capitalized) != 0;

    public readonly bool IsLowerWord => Kind == TokenKind.Word && (Flags & TokenFlags.Capitalized) == 0;

    public readonly bool IsPunctuation(char c) => Kind == TokenKind.Punctuation && Text.Length == 1 && Text[0] == c;

    public readonly bool IsSentenceEnd =>
        Kind == TokenKind.Punctuation && Text.Length == 1 && Text[0] is '.' or '!' or '?' or '…' && (Flags & TokenFlags.InnerStop) == 0;
}
