using System.Text.RegularExpressions;
using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Html;

/// <summary>Boxes about the writer under the article that no class or schema names: a name, a role or "By", then a biography.</summary>
internal static partial class MainContentFinder
{
    private const int MaxWriterLabelChars = 60;
    private const int MaxWriterLabelWords = 8;
    private const int MaxLabelsOverBiography = 3;

    /// <summary>The kept blocks less the writers' boxes at their end: a short line giving a person's name, with a role line
    /// ("Contributing Writer") or a "By" beside it, over a paragraph that opens with that name ("Ann Lee is a ...").</summary>
    /// <remarks>A biography reads as prose, so nothing else tells it from the article's closing paragraph. A name line over a
    /// paragraph that opens with the name is no proof alone: a listicle's last entry ("Acme Analytics" over "Acme Analytics is
    /// a ...") has the same shape, so the box must also say it is about a person.</remarks>
    private static List<TextBlock> WithoutWriterBoxes(IReadOnlyList<TextBlock> blocks, List<TextBlock> kept)
    {
        var cut = kept.Count;
        for (var k = kept.Count - 1; k >= 0; k--)
        {
            var block = kept[k];
            if (!IsProseLike(block))
            {
                continue;
            }
            var boxStart = WriterBoxStart(blocks, block);
            if (boxStart < 0)
            {
                break;
            }
            cut = k;
            while (cut > 0 && kept[cut - 1].Index >= boxStart)
            {
                cut--;
            }
            k = cut;
        }
        // What is left must still be an article: a page that is one person's profile keeps it.
        return cut < kept.Count && kept.Take(cut).Any(IsProseLike) ? kept.GetRange(0, cut) : kept;
    }

    /// <summary>The first block of the writer's box whose biography is <paramref name="biography"/>, or -1 when the labels over
    /// it do not make one.</summary>
    private static int WriterBoxStart(IReadOnlyList<TextBlock> blocks, TextBlock biography)
    {
        var hasRole = false;
        for (var j = biography.Index - 1; j >= 0 && j >= biography.Index - MaxLabelsOverBiography; j--)
        {
            var label = blocks[j];
            var text = label.Text.Trim();
            if (label.Chars > MaxWriterLabelChars || LayoutText.CountWords(text) > MaxWriterLabelWords || IsProseLike(label) || HasSentencePunctuation(text))
            {
                return -1;
            }
            if (IsPersonNameLine(text) && OpensWithName(biography.Text.Trim(), text))
            {
                var start = j;
                var byLabel = start > 0 && WriterLabel().IsMatch(blocks[start - 1].Text.Trim());
                start -= byLabel ? 1 : 0;
                return hasRole || byLabel ? start : -1;
            }
            hasRole |= RoleLine().IsMatch(text);
        }
        return -1;
    }

    /// <summary>One to five capitalized words (name particles such as "van" or "de" aside), no digits: "Ann Lee", "Dr Jo van Dam".</summary>
    private static bool IsPersonNameLine(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && !text.Any(char.IsDigit)
            && words.All(word => char.IsUpper(word[0]) || NameParticle().IsMatch(word)) && char.IsUpper(words[0][0]);
    }

    /// <summary>Whether the paragraph opens with the name, whole or by its first word, as the subject of a sentence about the person.</summary>
    private static bool OpensWithName(string paragraph, string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var firstName = words.Length > 1 && Honorific().IsMatch(words[0]) ? words[1] : words[0];
        return OpensWith(paragraph, name) || OpensWith(paragraph, firstName);

        static bool OpensWith(string paragraph, string subject)
        {
            if (!paragraph.StartsWith(subject, StringComparison.Ordinal) || paragraph.Length <= subject.Length + 2)
            {
                return false;
            }
            var rest = paragraph.AsSpan(subject.Length);
            return rest[0] == ',' || (rest[0] == ' ' && char.IsLower(rest[1]));
        }
    }

    [GeneratedRegex(@"^(van|von|der|den|de|del|della|da|di|du|la|le|bin|al|ibn|y)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameParticle();

    [GeneratedRegex(@"^(dr|prof|mr|mrs|ms)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    // "By", "Written by", "About the author", "Author:" over the writer's name.
    [GeneratedRegex(@"^((written|posted|reviewed|edited)\s+)?by:?$|^(about\s+the\s+)?(author|writer|contributor)s?:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriterLabel();

    // Words of a job title as a writer's box gives it under the name ("Contributing Writer", "Founder and Dean").
    [GeneratedRegex(@"\b(writer|editor|contributor|author|journalist|reporter|correspondent|columnist|freelancer|blogger|founder|co-founder|owner|ceo|cto|cfo|coo|cmo|president|director|manager|executive|lead|head|chief|officer|partner|consultant|specialist|analyst|scientist|engineer|researcher|professor|lecturer|dean|strategist|designer|developer|expert|coach|attorney|lawyer|advis[oe]r|associate|producer|photographer|marketer|nutritionist|dietitian|physician|nurse|therapist)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleLine();
}
