namespace NewsApi.Ingestion.Layout;

internal static partial class MainTextRegion
{
    /// <summary>
    /// The run of text above the page's comment section when the best run reaches below its header ("No comments yet", "Post
    /// a comment"): below it stand the comment form's help text, the sidebar's blurbs and the footer's disclaimers, which can
    /// outweigh a short post or run on from it. The run stays when the text above the header is too short to be an article.
    /// </summary>
    private static (int First, int Last) BeforeCommentSection(List<string> lines, double[] probabilities, int first, int last)
    {
        // A count ("11 Comments") or a header right above the run is the comment button under a byline, above the article:
        // it ends a run, never moves it.
        const int MaxButtonGap = 3;
        var header = -1;
        for (var i = 0; i <= last; i++)
        {
            if (CommentThread.IsSectionHeader(lines[i]) && (i > first || i < first - MaxButtonGap && !CommentThread.IsCount(lines[i])))
            {
                header = i;
                break;
            }
        }
        if (header < 0)
        {
            return (first, last);
        }
        if (header > first)
        {
            if (ProseWords(lines, first, header - 1) < MinArticleWordsAboveComments || IsButtonOverStory(lines, first, header, last))
            {
                return (first, last);
            }
            return (first, header - 1);
        }
        var (earlierFirst, earlierLast) = ArticleRun(lines, probabilities, header);
        if (earlierFirst < 0 || ProseWords(lines, earlierFirst, earlierLast) < MinArticleWordsAboveComments)
        {
            return (first, last);
        }
        // A second header under the run is where the comments are; the one above was a button in a toolbar between the
        // story's lead and the rest of it ("Comments", "Weigh In", "Print"), so the story runs from the lead through the run.
        return HasSectionHeaderAfter(lines, last) ? (earlierFirst, last) : (earlierFirst, earlierLast);
    }

    /// <summary>
    /// A comment header inside the run that is a button over the story's text: a bare label ("Comments") with no stamped
    /// comments below it, and either the comment section's own header under the run and more prose below the button than
    /// above it (a toolbar between the lead and the rest), or the story's prose right under the button and three times the
    /// prose above it (a writer's bio over the story). A count ("Comments (4)") heads the comments themselves.
    /// </summary>
    private static bool IsButtonOverStory(List<string> lines, int first, int header, int last)
    {
        const int MaxButtonWords = 2;
        // A story under a writer's bio is many times the bio's length; the first comments under a post seldom run to three times the post.
        const int MinStoryShare = 3;
        if (CommentThread.IsCount(lines[header]) || LayoutText.CountWords(lines[header]) > MaxButtonWords || CommentThread.ArticleEnd(lines, header + 1, last) < last)
        {
            return false;
        }
        var above = ProseWords(lines, first, header - 1);
        var below = ProseWords(lines, header + 1, last);
        return HasSectionHeaderAfter(lines, last) ? below > above : header + 1 <= last && IsProse(lines[header + 1]) && below >= MinStoryShare * above;
    }

    private static bool HasSectionHeaderAfter(List<string> lines, int last)
    {
        for (var i = last + 1; i < lines.Count; i++)
        {
            if (CommentThread.IsSectionHeader(lines[i]))
            {
                return true;
            }
        }
        return false;
    }
}
