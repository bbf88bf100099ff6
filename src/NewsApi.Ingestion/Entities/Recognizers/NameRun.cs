namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>A run of capitalized words [Start, End) of the token stream, trimmed of sentence openers, with its text.</summary>
internal readonly record struct NameRun(int Start, int End, bool InQuote, string Text)
{
    public int Length => End - Start;
}
