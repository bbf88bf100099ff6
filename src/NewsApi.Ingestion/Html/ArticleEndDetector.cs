using System.Text.RegularExpressions;
using NewsApi.Ingestion.Layout.Chrome;

namespace NewsApi.Ingestion.Html;

/// <summary>Finds where the article ends inside its container: the start of a comment thread or of an author's biography.</summary>
/// <remarks>
/// Reader comments are prose, shaped like the article's own paragraphs; what gives them away is the thread's header
/// ("17 Comments", "Leave a Reply") and the commenter lines that open each comment ("Mike says:", "Posted by Ann on
/// May 3, 2012 at 4:10 pm"). These are the conventions of blog and comment software, not of any one site.
/// </remarks>
internal static partial class ArticleEndDetector
{
    private const int MaxMarkerChars = 120;
    private const int MaxProseMarkerChars = 60;

    /// <summary>The index of the first block past the article's end, or <paramref name="last"/> + 1 when the article runs to the end.</summary>
    public static int FindEnd(IReadOnlyList<TextBlock> blocks, int first, int last)
    {
        var firstProse = -1;
        var commenterLines = 0;
        var firstCommenterLine = -1;
        for (var i = first; i <= last; i++)
        {
            var block = blocks[i];
            if (firstProse < 0)
            {
                if (MainContentFinder.IsProseLike(block))
                {
                    firstProse = i;
                }
                continue;
            }
            // Blog software's line under the post ("This entry was posted on ... and is filed under ...") runs past a label's
            // length, and what follows it is the software's, not the writer's.
            if (PostMetaLine().IsMatch(block.Text.TrimStart()))
            {
                return commenterLines >= 2 ? firstCommenterLine : i;
            }
            // Markers are labels, not sentences: prose is skipped before any pattern is tried.
            if (block.Chars > MaxMarkerChars || (block.Chars > MaxProseMarkerChars && MainContentFinder.IsProseLike(block)))
            {
                continue;
            }
            var text = block.Text.Trim();
            // A linked "53 Comments" under the headline is a counter that jumps to the thread, not the thread's start; a
            // linked "Have your say" is the thread's call to action all the same.
            if ((block.LinkDensity < 0.5 || !text.Any(char.IsAsciiDigit)) && ThreadHeader().IsMatch(text))
            {
                // A "Post a comment" form under the thread: the thread began at its first commenter line.
                return commenterLines >= 2 ? firstCommenterLine : i;
            }
            // A list of other stories under its header ("Recent Articles") ends the article; the header of such a box above the
            // story, or inside it, has the story's own paragraphs after it.
            if (block.LinkDensity < 0.5 && IsOtherStoriesHeader(block, text) && !HasArticleProseAfter(blocks, i, last))
            {
                return commenterLines >= 2 ? firstCommenterLine : i;
            }
            if (CommenterLine().IsMatch(text))
            {
                commenterLines++;
                firstCommenterLine = firstCommenterLine < 0 ? i : firstCommenterLine;
            }
        }
        // One "says:" line can be article text; a thread has several.
        return commenterLines >= 2 ? firstCommenterLine : last + 1;
    }

    private static bool IsOtherStoriesHeader(TextBlock block, string text) =>
        block.Chars <= MaxProseMarkerChars && (ChromeDetector.IsRelatedHeader(text) || OtherStoriesHeader().IsMatch(text));

    /// <summary>Whether the article's prose goes on past block <paramref name="i"/>: a paragraph longer than any teaser's blurb, or two paragraphs with no link line between them.</summary>
    /// <remarks>A list's blurbs each stand by a link of their own (a headline, "Read more"); the header of a box near the top has the story after it.</remarks>
    private static bool HasArticleProseAfter(IReadOnlyList<TextBlock> blocks, int i, int last)
    {
        var paragraphBefore = false;
        for (var j = i + 1; j <= last; j++)
        {
            var block = blocks[j];
            if (IsParagraph(block))
            {
                if (block.Chars > TeaserFinder.MaxTeaserChars || paragraphBefore)
                {
                    return true;
                }
                paragraphBefore = true;
            }
            else if (block.LinkDensity >= 0.5)
            {
                paragraphBefore = false;
            }
        }
        return false;
    }

    private static bool IsParagraph(TextBlock block) => block.Kind != BlockKind.Heading && MainContentFinder.IsProseLike(block);

    // "Recent Articles", "Related reports", "More Videos", "Similar posts you may like", "You might also enjoy these stories";
    // the readers' charts ("Most Popular Stories", "Today's Most Read", "Most E-Mailed").
    [GeneratedRegex(@"^((today'?s\s+|this week'?s\s+)?most\s+(read|popular|viewed|shared|e-?mailed|commented|watched)\b(\s+[\p{L}'’]+){0,4}|(related|recent|similar|popular|latest|more|other|recommended|featured)\b(\s+[\p{L}'’]+){0,5}\s+(articles?|posts?|stories|news|blogs?|reads|publications|podcasts|videos|guides|insights|resources)(\s+[\p{L}'’]+){0,4}|you (may|might) also (like|enjoy|be interested in)\b[^.!?]{0,40})\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherStoriesHeader();

    // The post footers of WordPress's themes, in their own words: a convention of the software, not of any site.
    [GeneratedRegex(@"^(this (entry|post) was posted (on|in)\b|you can follow any responses to this entry\b|posted in .{1,80}\|\s*(no|\d+) comments?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostMetaLine();

    [GeneratedRegex(@"^\(?\d+\)?\s+(comments?|responses?|replies|reactions?)\s*:?$|^(comments?|responses|replies|reader comments|discussion)\s*\(\d+\)\s*:?$|^\d+ (thoughts|responses|comments|replies) (on|to) .{1,100}$|^(leave|post|add|write|submit) (a|your) (comment|reply|response)\b[^.]*$|^(join|start) the (discussion|conversation)\b[^.]*$|^comments? (are|is|have been) (now )?(closed|disabled)\b[^.]{0,40}\.?$|^about the (author|contributor|writer)s?\s*:?$|^have your say$|^speak your mind$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThreadHeader();

    [GeneratedRegex(@"^(\(?\d+\)?\s+)?[\p{L}][\p{L}\p{N} .,'_@-]{0,50}\s(says|said|wrote|writes)\s*:?$|^posted by:? .{1,60}(\b(on|at)\b|\s\|\s).*\d|^.{1,50}\s(on|at)\s.{0,30}\d{1,2}:\d{2}\s*([ap]\.?m\.?)?$|^reply$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommenterLine();
}
