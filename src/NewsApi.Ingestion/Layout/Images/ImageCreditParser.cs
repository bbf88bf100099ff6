using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout.Images;

/// <summary>Recognizes photo credits, alone on a line ("© REUTERS / Name") or ending a caption ("... Photograph: X/Y").</summary>
internal static partial class ImageCreditParser
{
    private const int MaxCreditLineLength = 160;
    private const int MaxCaptionLength = 600;

    /// <summary>Agencies and libraries whose name ends a slash credit: "Jane Doe/Getty Images", "X/AFP via Getty Images".</summary>
    private static readonly string[] PhotoAgencySuffixes =
    [
        "getty images", "afp", "reuters", "ap", "ap photo", "epa", "epa-efe", "shutterstock", "alamy", "pa", "pa images",
        "pa wire", "bloomberg", "anadolu", "anadolu agency", "xinhua", "sputnik", "tass", "ria novosti", "nurphoto",
        "sopa images", "zuma press", "zuma wire", "imago", "dpa", "picture alliance", "handout", "reuters pictures",
        "the associated press", "associated press", "eyevine", "rex", "rex features", "contributor", "pool", "file",
    ];

    /// <summary>"Image source, Reuters" then "Image caption, Protesters gathered...": a pair of labelled lines, either alone.</summary>
    public static bool TryParseLabelledPair(IReadOnlyList<string> lines, ref int i, out ImageDraft image)
    {
        image = default!;
        var line = lines[i];
        if (TryStripLabel(line, SourceLabels, out var credit))
        {
            if (i + 1 < lines.Count && TryStripLabel(lines[i + 1], CaptionLabels, out var pairedCaption))
            {
                image = new ImageDraft(pairedCaption, credit);
                i++;
                return true;
            }
            image = new ImageDraft("", credit);
            return true;
        }
        if (TryStripLabel(line, CaptionLabels, out var caption))
        {
            image = new ImageDraft(caption, null);
            return true;
        }
        return false;
    }

    private static readonly string[] SourceLabels = ["Image source, ", "Image source: ", "Picture source, ", "Photo source, "];
    private static readonly string[] CaptionLabels = ["Image caption, ", "Image caption: ", "Media caption, ", "Picture caption, ", "Caption: "];

    private static bool TryStripLabel(string line, string[] labels, out string rest)
    {
        rest = "";
        if (line.Length > MaxCaptionLength)
        {
            return false;
        }
        foreach (var label in labels)
        {
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase) && line.Length > label.Length)
            {
                rest = line[label.Length..].Trim();
                return rest.Length > 0;
            }
        }
        return false;
    }

    /// <summary>A line that is only a credit: "© REUTERS / Okan Yelkenci/Royal Palace", "Photo: Jane Doe", "Jane Doe/Getty Images".</summary>
    public static bool TryParseCreditLine(string line, out string credit)
    {
        credit = "";
        if (line.Length is < 2 or > MaxCreditLineLength)
        {
            return false;
        }
        if (line[0] == '©' || line.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase))
        {
            credit = line.AsSpan(line[0] == '©' ? 1 : 3).Trim().ToString();
            return credit.Length > 0;
        }
        var labelled = line.Contains(':', StringComparison.Ordinal) || line.Contains(" / ", StringComparison.Ordinal) ? LabelledCreditLine().Match(line) : Match.Empty;
        // "Photo: The towers at dusk. (ČTK / Ana Roe)": a caption under the label, its credit in brackets at the end.
        if (labelled.Success && !(labelled.Groups["credit"].ValueSpan.Contains(". ", StringComparison.Ordinal) && BracketedCredit().IsMatch(line)))
        {
            credit = labelled.Groups["credit"].Value.Trim();
            return credit.Length > 0;
        }
        if (line.Contains('/', StringComparison.Ordinal) && IsSlashAgencyCredit(line.AsSpan()))
        {
            credit = line.Trim();
            return true;
        }
        return false;
    }

    /// <summary>A caption whose credit ends the line: "Caption. Photograph: X/Y", "Caption [File: Name/Agency]", "Caption (Photo by X/Agency)".</summary>
    public static bool TryParseCaptionWithCredit(string line, out string caption, out string credit) =>
        RememberedCaption(line, out caption, out credit);

    private static bool ReadCaptionWithCredit(string line, out string caption, out string credit)
    {
        caption = credit = "";
        line = WithoutGalleryMarks(line, out var licensed);
        if (line.Length is < 10 or > MaxCaptionLength)
        {
            return false;
        }

        var tail = line.Length > MaxCreditLineLength + 40 ? line[^(MaxCreditLineLength + 40)..] : line;
        var offset = line.Length - tail.Length;

        var lastChar = line.AsSpan().TrimEnd(" .") is { IsEmpty: false } trimmedLine ? trimmedLine[^1] : ' ';
        var bracketed = lastChar is ')' or ']' ? BracketedCredit().Match(tail) : Match.Empty;
        if (bracketed.Success)
        {
            caption = line[..(offset + bracketed.Index)].TrimEnd();
            credit = bracketed.Groups["credit"].Value.Trim();
            return caption.Length > 0 && credit.Length > 0;
        }

        var photoBy = tail.Contains(" by ", StringComparison.OrdinalIgnoreCase) ? TrailingPhotoBy().Match(tail) : Match.Empty;
        if (photoBy.Success)
        {
            caption = line[..(offset + photoBy.Index)].TrimEnd();
            credit = photoBy.Groups["credit"].Value.Trim();
            return caption.Length > 0 && credit.Length > 0;
        }
        var labelled = tail.Contains(':', StringComparison.Ordinal) || tail.Contains(" / ", StringComparison.Ordinal) ? TrailingLabelledCredit().Match(tail) : Match.Empty;
        if (labelled.Success)
        {
            caption = line[..(offset + labelled.Index)].TrimEnd();
            credit = labelled.Groups["credit"].Value.Trim();
            return caption.Length > 0 && credit.Length > 0;
        }

        // "Caption. © AFP / Name": a copyright sign near the end starts the credit.
        var copyright = line.LastIndexOf('©');
        if (copyright > 0 && line.Length - copyright <= MaxCreditLineLength && line[copyright - 1] == ' ')
        {
            var afterSign = line.AsSpan(copyright + 1).Trim();
            if (afterSign.Length > 1 && afterSign.IndexOfAny(".!?\"“”") < 0)
            {
                caption = line[..copyright].TrimEnd();
                credit = afterSign.ToString();
                return caption.Length > 0;
            }
        }

        // "Caption. Jane Doe/Getty Images", "Caption. REUTERS/Jane Doe": the last sentence is the credit.
        var lastStop = line.LastIndexOf(". ", StringComparison.Ordinal);
        if (lastStop > 0 && line.AsSpan(lastStop).Contains('/'))
        {
            var last = line.AsSpan(lastStop + 2).Trim();
            if (last.Length <= MaxCreditLineLength && (IsSlashAgencyCredit(last) || IsAgencySlashName(last, licensed)))
            {
                caption = line[..(lastStop + 1)];
                credit = last.ToString();
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "[1/2] Caption. REUTERS/Jane Doe Purchase Licensing Rights, opens new tab": a gallery's counter before the caption and
    /// the licensing link after the credit are the gallery's, not the picture's.
    /// </summary>
    private static string WithoutGalleryMarks(string line, out bool licensed)
    {
        var counter = GalleryCounter().Match(line);
        if (counter.Success)
        {
            line = line[counter.Length..];
        }
        var licensing = line.AsSpan().IndexOfAny(LicensingLink);
        licensed = licensing > 0;
        return licensed ? line[..licensing] : line;
    }

    [GeneratedRegex(@"^\[\d{1,3}/\d{1,3}\]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex GalleryCounter();

    // Searched for in every caption-like line: vectorized, where a case-insensitive LastIndexOf walks the line through ICU
    // as soon as it holds a character outside ASCII.
    private static readonly System.Buffers.SearchValues<string> LicensingLink =
        System.Buffers.SearchValues.Create([" Purchase Licensing Rights"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"REUTERS/Jane Doe", "AFP/Jane Doe": the agency in capitals, a slash, then the photographer's name.</summary>
    /// <remarks>
    /// Before a gallery's licensing link (<paramref name="licensed"/>) the credit is a wire's picture credit whatever the
    /// agency: "Osprey/Jane Doe Purchase Licensing Rights" names a local agency in its own case.
    /// </remarks>
    private static bool IsAgencySlashName(ReadOnlySpan<char> text, bool licensed = false)
    {
        var slash = text.IndexOf('/');
        if (slash <= 1 || text.Length > 80 || text.IndexOfAny(".!?\"“”") >= 0)
        {
            return false;
        }
        var agency = text[..slash].Trim();
        var name = text[(slash + 1)..].Trim();
        if (licensed && char.IsUpper(agency[0]) && !agency.Contains(' ') && !name.IsEmpty && char.IsUpper(name[0]) && CountWords(name) is >= 1 and <= 4)
        {
            return true;
        }
        if (agency.ContainsAnyInRange('a', 'z'))
        {
            return false;
        }
        var isAgency = false;
        foreach (var suffix in PhotoAgencySuffixes)
        {
            isAgency |= agency.Equals(suffix, StringComparison.OrdinalIgnoreCase);
        }
        return isAgency && !name.IsEmpty && char.IsUpper(name[0]) && CountWords(name) is >= 1 and <= 4;
    }

    private static bool IsSlashAgencyCredit(ReadOnlySpan<char> text)
    {
        var slash = text.LastIndexOf('/');
        if (slash < 0 || text.Length > 80 || text.IndexOfAny(".!?\"“”") >= 0 && !text.EndsWith(".", StringComparison.Ordinal))
        {
            return false;
        }
        var agency = text[(slash + 1)..].Trim().TrimEnd('.');
        var viaAt = agency.IndexOf(" via ", StringComparison.OrdinalIgnoreCase);
        if (viaAt >= 0)
        {
            agency = agency[(viaAt + 5)..];
        }
        foreach (var suffix in PhotoAgencySuffixes)
        {
            if (agency.Equals(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return CountWords(text) <= 8;
            }
        }
        return false;
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var range in text.Split(' '))
        {
            if (!text[range].IsEmpty)
            {
                count++;
            }
        }
        return count;
    }

    [GeneratedRegex(@"^(?:Photograph|Photo|Photos|Picture|Image|Illustration|Credit|Photo credits?|Image credits?|Photography|Fotos?|Fotografía|Fotografia|Bild|Kuva|Zdjęcie|Crédits? photo)\s*(?::|\s/)\s*(?<credit>.{2,140})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledCreditLine();

    // The last form: "(KBVX/Rashad Roe)", "(WLBR 9 / Jules Roe)": an agency or station and the photographer's name, in capitals;
    // a gallery's "(Agency/Getty Images)" after each of its paragraphs is left to the rules for galleries.
    [GeneratedRegex(@"\s*[\[(](?:File|Photo|Image|Picture|Credit|Image credit|Photo credit|Photograph)\s*:\s*(?<credit>[^\[\]()]{2,140})[\])]\.?$|\s*\((?:Photo|Image|Picture)s?\s+by\s+(?<credit>[^()]{2,140})\)\.?$|\s*\(Courtesy(?: of)?:?\s+(?<credit>[^()]{2,140})\)\.?$|\s*\((?<credit>[^()]{0,40}\bPhotos?\s*/\s*[^()]{2,100})\)\.?$|\s*\((?<credit>(?-i:(?![^()]*\bImages\b)\p{Lu}[\p{L}\p{N}&.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}&.-]*){0,3}\s*/\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}))\)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BracketedCredit();

    [GeneratedRegex(@"(?<=[.!?”""')\]]|^|\s)\s*(?:Photograph|Photo|Picture|Image|Illustration|Credit|Photo credits?|Image credits?|Composite|Foto|Fotografía|Bild|Kuva|Zdjęcie)\s*(?::|\s/)\s*(?<credit>[^:]{2,140})$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLabelledCredit();

    // "... after Wednesday's vote. PHOTO BY JANE ROE /The Capital Courier": the credit after the caption's last sentence.
    [GeneratedRegex(@"(?<=[.!?”""')\]])\s+(?:PHOTO|Photo|PHOTOGRAPH|Photograph)\s+(?:BY|by)\s+(?<credit>[^()]{2,140})$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPhotoBy();
}
