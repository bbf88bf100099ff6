namespace NewsApi.EntityBenchmark;

/// <summary>The three kinds of name the parser returns; gold types that map to none of them (MISC, tim, art...) are dropped.</summary>
internal enum EntityType
{
    Person,
    Organization,
    Place,
}

/// <summary>One token of an annotated corpus: its text and, when it is inside a name the benchmark scores, that name's type.</summary>
/// <param name="Begins">True on the first token of a name, so that two names side by side stay two.</param>
internal readonly record struct LabeledToken(string Text, EntityType? Type, bool Begins);

/// <summary>A gold name: its type and where it is in <see cref="EvalDocument.Text"/>, so that its text is what the parser saw.</summary>
internal sealed record GoldMention(EntityType Type, int Start, int End, string Text);

/// <summary>One paragraph (one corpus sentence) of a document: where it is in the text, and its tokens' offsets.</summary>
internal sealed record Paragraph(int Start, int Length, int[] TokenStarts, int[] TokenEnds);

/// <summary>A news-shaped text made from annotated sentences, with the gold names found in it.</summary>
internal sealed record EvalDocument(string Id, string Text, IReadOnlyList<GoldMention> Mentions, IReadOnlyList<Paragraph> Paragraphs)
{
    public string Headline => Paragraphs.Count == 0 ? "" : Text.Substring(Paragraphs[0].Start, Paragraphs[0].Length);
}

/// <summary>Turns annotated sentences into the text the parser reads: the first sentence as the headline line, one paragraph per sentence.</summary>
internal static class DocumentBuilder
{
    public const string ParagraphBreak = "\n\n";

    public static EvalDocument Build(string id, IReadOnlyList<IReadOnlyList<LabeledToken>> sentences)
    {
        var text = new System.Text.StringBuilder();
        var mentions = new List<GoldMention>();
        var paragraphs = new List<Paragraph>();
        var quoteOpen = false;
        foreach (var sentence in sentences)
        {
            if (sentence.Count == 0)
            {
                continue;
            }
            if (text.Length > 0)
            {
                text.Append(ParagraphBreak);
            }
            var offset = text.Length;
            var joined = Detokenizer.Join(sentence.Select(t => t.Text).ToList(), quoteOpen);
            quoteOpen = joined.QuoteOpen;
            text.Append(joined.Text);
            var starts = joined.Starts.Select(s => s + offset).ToArray();
            var ends = joined.Ends.Select(e => e + offset).ToArray();
            paragraphs.Add(new Paragraph(offset, joined.Text.Length, starts, ends));
            foreach (var (first, last, type) in Spans(sentence))
            {
                mentions.Add(new GoldMention(type, starts[first], ends[last], ""));
            }
        }
        var built = text.ToString();
        return new EvalDocument(id, built, mentions.Select(m => m with { Text = built[m.Start..m.End] }).ToList(), paragraphs);
    }

    /// <summary>The names of one sentence as (first token, last token, type).</summary>
    public static IEnumerable<(int First, int Last, EntityType Type)> Spans(IReadOnlyList<LabeledToken> tokens)
    {
        var start = -1;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var ends = i == tokens.Count || tokens[i].Type is null || tokens[i].Begins || tokens[i].Type != tokens[start < 0 ? i : start].Type;
            if (start >= 0 && ends)
            {
                yield return (start, i - 1, tokens[start].Type!.Value);
                start = -1;
            }
            if (i < tokens.Count && tokens[i].Type is not null && start < 0)
            {
                start = i;
            }
        }
    }
}
