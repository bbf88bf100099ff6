using System.Text;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.NerTraining;

/// <summary>
/// A corpus sentence written back as text and tokenized by the parser's own tokenizer, with the corpus tags carried over to
/// those tokens: the tagger learns from exactly the tokens it will see in articles.
/// </summary>
internal sealed class AlignedSentence
{
    private static readonly HashSet<string> NoSpaceBefore = new(StringComparer.Ordinal)
    {
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "'", "n't", "'re", "'ve", "'ll", "'d", "'m",
    };

    private static readonly HashSet<string> NoSpaceAfter = new(StringComparer.Ordinal) { "(", "[", "{", "$" };

    public AlignedSentence(TaggedSentence sentence, Func<string, NameType> typeOfTag)
    {
        Number = sentence.Number;
        var text = new StringBuilder();
        var owner = new List<int>();
        var quoteOpen = false;
        for (var w = 0; w < sentence.Words.Length; w++)
        {
            var word = sentence.Words[w];
            var isQuote = word is "\"" or "``" or "''";
            var glue = w == 0 || NoSpaceBefore.Contains(word) || (isQuote && quoteOpen) || NoSpaceAfter.Contains(sentence.Words[w - 1])
                || (w > 0 && sentence.Words[w - 1] is "\"" or "``" && !WasClosing(sentence.Words, w - 1));
            if (!glue)
            {
                text.Append(' ');
                owner.Add(-1);
            }
            var written = isQuote ? "\"" : word;
            if (isQuote)
            {
                quoteOpen = !quoteOpen;
            }
            text.Append(written);
            for (var c = 0; c < written.Length; c++)
            {
                owner.Add(w);
            }
        }
        Text = text.ToString();
        Unit = new TextUnit(0, TextZone.Body, Text);
        Gold = new NameLabel[Unit.Tokens.Length];
        var previousWord = -1;
        var previousType = NameType.None;
        for (var t = 0; t < Unit.Tokens.Length; t++)
        {
            var w = owner[Unit.Tokens[t].Start];
            var tag = sentence.Tags[w];
            var type = tag == "O" ? NameType.None : typeOfTag(tag[2..]);
            if (type == NameType.None)
            {
                previousType = NameType.None;
                previousWord = w;
                continue;
            }
            var begins = w != previousWord
                ? tag.StartsWith("B-", StringComparison.Ordinal) || previousType != type
                : previousType != type;
            Gold[t] = begins ? NameLabels.Begin(type) : NameLabels.Inside(type);
            previousType = type;
            previousWord = w;
        }
        StripTitlesFromPeople();
        Features = new SentenceFeatures(Unit.Tokens);
    }

    public int Number { get; }
    public string Text { get; }
    public TextUnit Unit { get; }
    public NameLabel[] Gold { get; }
    public SentenceFeatures Features { get; }

    private static bool WasClosing(string[] words, int index)
    {
        var quotes = 0;
        for (var w = 0; w <= index; w++)
        {
            if (words[w] is "\"" or "``" or "''")
            {
                quotes++;
            }
        }
        return quotes % 2 == 0;
    }

    /// <summary>
    /// The GMB writes titles inside person names ("President Bush", "Mr. Smith"); the parser's rules read titles
    /// themselves, and people are named without them, so the tagger learns the name alone.
    /// </summary>
    private void StripTitlesFromPeople()
    {
        foreach (var span in NameLabels.Spans(Gold))
        {
            if (span.Type != NameType.Person)
            {
                continue;
            }
            var lastTitle = -1;
            for (var t = span.Start; t < span.End; t++)
            {
                if (IsTitleWord(Unit.Tokens[t]))
                {
                    lastTitle = t;
                }
            }
            if (lastTitle < 0)
            {
                continue;
            }
            // "Secretary of State Condoleezza Rice": the title's "of" phrase is part of the title.
            var nameStart = lastTitle + 1;
            while (nameStart + 1 < span.End && Unit.Tokens[nameStart].IsLowerWord)
            {
                nameStart += 2;
            }
            for (var t = span.Start; t < Math.Min(nameStart, span.End); t++)
            {
                Gold[t] = NameLabel.Outside;
            }
            if (nameStart < span.End)
            {
                Gold[nameStart] = NameLabel.BeginPerson;
            }
        }
    }

    private static bool IsTitleWord(Token token) =>
        token.IsWord && (Honorifics.IsHonorific(token.Text) || TitleWords.IsCapitalizedTitle(token.Text)
            || token.Text is "Foreign" or "Defense" or "Defence" or "Interior" or "Finance" or "Former" or "Acting" or "Mrs" or "Senate" or "Majority" or "Minority" or "Crown" or "Supreme" or "Grand" or "Ayatollah" or "Lieutenant-General" or "Major-General"
            || token.Text.Contains("-President", StringComparison.Ordinal) || token.Text.Contains("-General", StringComparison.Ordinal));
}
