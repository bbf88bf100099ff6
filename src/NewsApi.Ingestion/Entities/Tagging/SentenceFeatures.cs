using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Tagging;

/// <summary>
/// The features of every token of one text unit: the words around it, their shapes and affixes, and what the project's
/// word lists know of them. Training and tagging read them through this one type, so the model sees at run time exactly
/// what it was trained on.
/// </summary>
internal sealed class SentenceFeatures
{
    public const int MaxFeaturesPerToken = 64;

    // Template numbers are part of the model file's keys: renumbering one needs a retrained model.
    private const int Bias = 0, Lower = 1, Exact = 2, Suffix2 = 3, Suffix3 = 4, Suffix4 = 5, Prefix3 = 6, Shape = 7;
    private const int LowerBefore = 8, LowerAfter = 9, LowerTwoBefore = 10, LowerTwoAfter = 11, ShapeBefore = 12, ShapeAfter = 13;
    private const int ShapeTrigram = 14, BigramBefore = 15, BigramAfter = 16, TokenFlagsTemplate = 17, Word = 18, WordBefore = 19, WordAfter = 20;
    private const int ShapeAndWordClass = 21, CapitalizedElsewhere = 22;
    private const int PreviousLabel = 30, TwoPreviousLabels = 31, PreviousLabelAndLower = 32, PreviousLabelAndShape = 33, PreviousLabelAndWordClass = 34;

    private static readonly ulong Outside = FeatureHash.OfText("<none>", FeatureHash.Form.Exact);

    private readonly Token[] tokens;
    private readonly ulong[] lower;
    private readonly ulong[] shape;
    private readonly WordClass[] classes;
    private readonly bool[] classesKnown;
    private HashSet<string>? midSentenceNames;

    public SentenceFeatures(Token[] tokens)
    {
        this.tokens = tokens;
        var n = tokens.Length;
        lower = new ulong[n];
        shape = new ulong[n];
        classes = new WordClass[n];
        classesKnown = new bool[n];
        IsCandidate = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var text = FormOf(i);
            lower[i] = FeatureHash.OfText(text, FeatureHash.Form.Lower);
            shape[i] = FeatureHash.OfShape(text);
        }
        for (var i = 0; i < n; i++)
        {
            IsCandidate[i] = tokens[i].IsCapitalizedWord || IsConnectorInName(i);
        }
        MarkPlaceRuns();
    }

    /// <summary>Tokens that can be part of a name: capitalized words and the "of" or "de" between two of them. Every other token is outside.</summary>
    public bool[] IsCandidate { get; }

    public int Length => tokens.Length;

    /// <summary>Writes the features of token <paramref name="i"/> that do not depend on earlier answers; returns how many.</summary>
    public int StaticFeatures(int i, Span<ulong> features)
    {
        var count = 0;
        var text = FormOf(i);
        features[count++] = FeatureHash.Of(Bias, 0);
        features[count++] = FeatureHash.Of(Lower, lower[i]);
        features[count++] = FeatureHash.Of(Exact, FeatureHash.OfText(text, FeatureHash.Form.Exact));
        if (text.Length > 3)
        {
            features[count++] = FeatureHash.Of(Suffix2, FeatureHash.OfText(text[^2..], FeatureHash.Form.Lower));
            features[count++] = FeatureHash.Of(Suffix3, FeatureHash.OfText(text[^3..], FeatureHash.Form.Lower));
            features[count++] = FeatureHash.Of(Prefix3, FeatureHash.OfText(text[..3], FeatureHash.Form.Lower));
        }
        if (text.Length > 5)
        {
            features[count++] = FeatureHash.Of(Suffix4, FeatureHash.OfText(text[^4..], FeatureHash.Form.Lower));
        }
        features[count++] = FeatureHash.Of(Shape, shape[i]);
        features[count++] = FeatureHash.Of(LowerBefore, LowerAt(i - 1));
        features[count++] = FeatureHash.Of(LowerAfter, LowerAt(i + 1));
        features[count++] = FeatureHash.Of(LowerTwoBefore, LowerAt(i - 2));
        features[count++] = FeatureHash.Of(LowerTwoAfter, LowerAt(i + 2));
        features[count++] = FeatureHash.Of(ShapeBefore, ShapeAt(i - 1));
        features[count++] = FeatureHash.Of(ShapeAfter, ShapeAt(i + 1));
        features[count++] = FeatureHash.Of(ShapeTrigram, ShapeAt(i - 1), shape[i], ShapeAt(i + 1));
        features[count++] = FeatureHash.Of(BigramBefore, LowerAt(i - 1), lower[i]);
        features[count++] = FeatureHash.Of(BigramAfter, lower[i], LowerAt(i + 1));
        features[count++] = FeatureHash.Of(TokenFlagsTemplate, (ulong)FlagsOf(i));
        var wordClass = ClassOf(i);
        count = AddClassBits(Word, wordClass, features, count);
        count = AddClassBits(WordBefore, ClassAt(i - 1), features, count);
        count = AddClassBits(WordAfter, ClassAt(i + 1), features, count);
        features[count++] = FeatureHash.Of(ShapeAndWordClass, shape[i], (ulong)wordClass);
        if (IsCapitalizedElsewhere(i))
        {
            features[count++] = FeatureHash.Of(CapitalizedElsewhere, 1);
        }
        return count;
    }

    /// <summary>Writes the features that read the answers already given for the two tokens before <paramref name="i"/>.</summary>
    public int HistoryFeatures(int i, NameLabel previous, NameLabel beforePrevious, Span<ulong> features, int count)
    {
        features[count++] = FeatureHash.Of(PreviousLabel, (ulong)previous);
        features[count++] = FeatureHash.Of(TwoPreviousLabels, (ulong)previous, (ulong)beforePrevious);
        features[count++] = FeatureHash.Of(PreviousLabelAndLower, (ulong)previous, lower[i]);
        features[count++] = FeatureHash.Of(PreviousLabelAndShape, (ulong)previous, shape[i]);
        features[count++] = FeatureHash.Of(PreviousLabelAndWordClass, (ulong)previous, (ulong)ClassOf(i));
        return count;
    }

    private ReadOnlySpan<char> FormOf(int i)
    {
        var token = tokens[i];
        return token.Kind == TokenKind.QuoteMark ? "\"" : token.Text;
    }

    private ulong LowerAt(int i) => i >= 0 && i < lower.Length ? lower[i] : Outside;

    private ulong ShapeAt(int i) => i >= 0 && i < shape.Length ? shape[i] : Outside;

    private WordClass ClassAt(int i) => i >= 0 && i < tokens.Length ? ClassOf(i) : WordClass.None;

    private int FlagsOf(int i)
    {
        var token = tokens[i];
        var flags = 0;
        if (token.Is(TokenFlags.SentenceStart) || i == 0)
        {
            flags |= 1;
        }
        if (token.Is(TokenFlags.InQuote))
        {
            flags |= 2;
        }
        if (token.Is(TokenFlags.Possessive))
        {
            flags |= 4;
        }
        if (token.Is(TokenFlags.AbbreviationDot))
        {
            flags |= 8;
        }
        if (token.Is(TokenFlags.AllCaps))
        {
            flags |= 16;
        }
        if (token.Kind == TokenKind.Number)
        {
            flags |= 32;
        }
        return flags;
    }

    private static int AddClassBits(int template, WordClass wordClass, Span<ulong> features, int count)
    {
        var bits = (uint)wordClass;
        while (bits != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            features[count++] = FeatureHash.Of(template, (ulong)bit);
            bits &= bits - 1;
        }
        return count;
    }

    /// <summary>A sentence-initial or all-capitals word written capitalized in the middle of a sentence elsewhere in the unit is a name there too.</summary>
    private bool IsCapitalizedElsewhere(int i)
    {
        var token = tokens[i];
        if (!token.IsCapitalizedWord || !IsInitialOrCapitals(i))
        {
            return false;
        }
        if (midSentenceNames is null)
        {
            midSentenceNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var j = 0; j < tokens.Length; j++)
            {
                if (tokens[j].IsCapitalizedWord && !IsInitialOrCapitals(j))
                {
                    midSentenceNames.Add(tokens[j].Text);
                }
            }
        }
        return midSentenceNames.Contains(token.Text);
    }

    private bool IsInitialOrCapitals(int i) => i == 0 || tokens[i].Is(TokenFlags.SentenceStart) || tokens[i].Is(TokenFlags.AllCaps);

    private bool IsConnectorInName(int i)
    {
        var token = tokens[i];
        if (i == 0 || !tokens[i - 1].IsCapitalizedWord)
        {
            if (!(token.IsLowerWord && token.Text == "the" && i >= 2 && tokens[i - 1].Text == "of" && tokens[i - 2].IsCapitalizedWord))
            {
                return false;
            }
        }
        var connects = (token.IsLowerWord && IsConnectorWord(token.Text)) || token.IsPunctuation('&');
        if (!connects)
        {
            return false;
        }
        for (var j = i + 1; j < tokens.Length && j <= i + 2; j++)
        {
            if (tokens[j].IsCapitalizedWord)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsConnectorWord(string word) =>
        word is "of" or "and" or "for" or "the" or "on" || WordClasses.IsNameParticle(word);

    private WordClass ClassOf(int i)
    {
        if (!classesKnown[i])
        {
            classes[i] |= CachedClass(tokens[i]);
            classesKnown[i] = true;
        }
        return classes[i];
    }

    // The classes of the words read so far on this thread, by the way each was read (lower-case, capitalized, in capitals): a
    // story names its people and places in sentence after sentence, and each reading is a dozen lookups in the word lists.
    [ThreadStatic]
    private static Dictionary<string, WordClass>[]? t_classes;
    private const int MaxRememberedWords = 4096;

    private static WordClass CachedClass(Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return WordClass.None;
        }
        var reading = token.IsLowerWord ? 0 : token.Is(TokenFlags.AllCaps) && token.Text.Length > 1 ? 2 : 1;
        var remembered = (t_classes ??= [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)])[reading];
        if (remembered.TryGetValue(token.Text, out var known))
        {
            return known;
        }
        if (remembered.Count >= MaxRememberedWords)
        {
            remembered.Clear();
        }
        return remembered[token.Text] = ReadClass(token);
    }

    private static WordClass ReadClass(Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return WordClass.None;
        }
        var text = token.Text;
        var result = WordClass.None;
        if (token.IsLowerWord)
        {
            if (ReportingVerbs.IsReportingVerb(text))
            {
                result |= WordClass.ReportingVerb;
            }
            if (WordClasses.IsNameParticle(text))
            {
                result |= WordClass.NameParticle;
            }
            if (TitleWords.IsNoun(text))
            {
                result |= WordClass.TitleWord;
            }
            if (OrganizationWords.IsContextNoun(text))
            {
                result |= WordClass.OrganizationContext;
            }
            return result;
        }
        // Headlines and datelines write names in capitals; the lists know them in title case.
        if (token.Is(TokenFlags.AllCaps) && text.Length > 1)
        {
            text = string.Create(text.Length, text, static (span, source) =>
            {
                span[0] = source[0];
                for (var k = 1; k < source.Length; k++)
                {
                    span[k] = char.ToLowerInvariant(source[k]);
                }
            });
        }
        if (GivenNames.Contains(text))
        {
            result |= WordClass.GivenName;
        }
        if (FamilyNames.Contains(text))
        {
            result |= WordClass.FamilyName;
        }
        if (PlaceGazetteer.TryFind(text, out var place))
        {
            result |= place.Kind is PlaceKind.Country or PlaceKind.Continent or PlaceKind.Region ? WordClass.Country : WordClass.Place;
        }
        if (CommonWords.Contains(text))
        {
            result |= WordClass.CommonWord;
        }
        if (Honorifics.IsHonorific(text))
        {
            result |= WordClass.Honorific;
        }
        if (TitleWords.IsCapitalizedTitle(text))
        {
            result |= WordClass.TitleWord;
        }
        if (OrganizationWords.IsHeadWord(text))
        {
            result |= WordClass.OrganizationHead;
        }
        if (OrganizationWords.IsCompanySuffix(text) || OrganizationWords.IsLegalForm(text) || OrganizationWords.IsClubSuffix(text))
        {
            result |= WordClass.CompanySuffix;
        }
        if (PlaceGazetteer.TryFindDemonym(text, out _))
        {
            result |= WordClass.Demonym;
        }
        if (NewsAgencies.IsAgency(text))
        {
            result |= WordClass.NewsAgency;
        }
        if (WordClasses.IsMonth(text) || WordClasses.IsCalendarWord(text))
        {
            result |= WordClass.Calendar;
        }
        return result;
    }

    /// <summary>Marks runs of two or more capitalized words that the place gazetteer knows as one name ("New York", "Saudi Arabia").</summary>
    private void MarkPlaceRuns()
    {
        var maxWords = Math.Clamp(PlaceGazetteer.MaxWords, 1, 5);
        Span<char> buffer = stackalloc char[160];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalizedWord || !IsCandidate[i])
            {
                continue;
            }
            var runEnd = i + 1;
            while (runEnd < tokens.Length && runEnd - i < maxWords && (tokens[runEnd].IsCapitalizedWord || IsLowerParticle(runEnd)))
            {
                runEnd++;
            }
            for (var end = runEnd; end >= i + 2; end--)
            {
                if (!tokens[end - 1].IsCapitalizedWord)
                {
                    continue;
                }
                var length = 0;
                var fits = true;
                for (var k = i; k < end && fits; k++)
                {
                    var word = tokens[k].Text;
                    fits = length + word.Length + 1 <= buffer.Length;
                    if (fits)
                    {
                        if (k > i)
                        {
                            buffer[length++] = ' ';
                        }
                        word.CopyTo(buffer[length..]);
                        if (tokens[k].Is(TokenFlags.AllCaps))
                        {
                            // "NEW YORK" in a dateline is the gazetteer's "New York".
                            for (var c = length + 1; c < length + word.Length; c++)
                            {
                                buffer[c] = char.ToLowerInvariant(buffer[c]);
                            }
                        }
                        length += word.Length;
                    }
                }
                if (fits && PlaceGazetteer.Contains(buffer[..length]))
                {
                    classes[i] |= WordClass.PlaceRunStart;
                    for (var k = i + 1; k < end; k++)
                    {
                        classes[k] |= WordClass.PlaceRunInside;
                    }
                    i = end - 1;
                    break;
                }
            }
        }
    }

    private bool IsLowerParticle(int i) => tokens[i].IsLowerWord && tokens[i].Text is "de" or "of" or "la" or "del" or "do" or "da";
}
