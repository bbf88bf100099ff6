using AngleSharp.Dom;

namespace NewsApi.Ingestion.Html;

internal enum BlockKind
{
    Text,
    Heading,
    ListItem,
    Caption,
    Quote,
    Preformatted,
    TableCell,
}

/// <summary>A run of text between block boundaries, as a browser would lay it out on its own line.</summary>
internal sealed class TextBlock
{
    public required string Text { get; init; }

    /// <summary>Characters other than whitespace, a Han, kana or Hangul character counted three times: a length that means about the same in scripts with and without spaces.</summary>
    public required int Chars { get; init; }
    public required int LinkChars { get; init; }

    /// <summary>Runs of linked text parted by unlinked text: a headline is one link, a row of tags or actions several.</summary>
    public int Links { get; init; }
    public required IElement Container { get; init; }
    public required BlockKind Kind { get; init; }
    public int HeadingLevel { get; init; }

    /// <summary>Inside navigation, an aside, a footer, a form or an element whose class or id names page furniture.</summary>
    public bool InChrome { get; set; }
    public required int Index { get; init; }

    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
}

/// <summary>An image of the page and the block index it stands before, so that it can be placed inside or outside the article.</summary>
internal sealed record PageImage(IElement Image, IElement? Figure, int BlockIndex, bool InChrome = false);
