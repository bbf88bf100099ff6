using NewsApi.Ingestion.Layout.Chrome;

namespace NewsApi.Ingestion.Layout;

internal static partial class MainTextRegion
{
    /// <summary>
    /// The last line of the copyright notice under the story ("Copyright 2008 The Wire Agency. All rights reserved." and the
    /// notice's own sentences under it, "This material may not be published, ..."), once the run holds an article's words and
    /// less prose follows the notice than stands above it: the run of prose otherwise goes on into the site's blurbs and
    /// footer. A notice at the top of a long document (a standard's "Copyright (c) 2014 ..." over its sections) is no end.
    /// </summary>
    private static int ThroughCopyrightNotice(List<string> lines, int first, int last)
    {
        var above = 0;
        for (var i = first; i <= last; i++)
        {
            if (above >= MinArticleWordsAboveComments && ChromeDetector.IsCopyrightLine(lines[i]))
            {
                var end = i + 1;
                while (end <= last && Score(lines[end]) > 0)
                {
                    end++;
                }
                if (ProseWords(lines, end, last) < above)
                {
                    return end - 1;
                }
            }
            above += Score(lines[i]) > 0 ? LayoutText.CountWords(lines[i]) : 0;
        }
        return last;
    }
}
