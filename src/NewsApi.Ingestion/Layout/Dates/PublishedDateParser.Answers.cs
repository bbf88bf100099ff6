using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsApi.Ingestion.Layout.Dates;

internal static partial class PublishedDateParser
{
    // The line features, the headline's candidates and stamps and the layout's zones ask of the same short lines whether they
    // hold a date, each through the date regexes: the answers depend on the text alone, so they are kept per line's text on
    // each thread for one parse (LayoutParser forgets them when it starts the next), and bounded in count.
    [ThreadStatic]
    private static Dictionary<string, (bool Found, PageDate Date)>? t_stamps;

    [ThreadStatic]
    private static Dictionary<string, (bool Found, PageDate Date)>? t_dateLines;

    private const int MaxRememberedLines = 4096;

    private delegate bool Reader(string text, out PageDate date);

    private static Dictionary<string, (bool Found, PageDate Date)> Stamps => t_stamps ??= new(StringComparer.Ordinal);

    private static Dictionary<string, (bool Found, PageDate Date)> DateLines => t_dateLines ??= new(StringComparer.Ordinal);

    /// <summary>Drops the answers kept so far, so that a parse pays for the lines it reads and never gains from an earlier document's.</summary>
    public static void ForgetAnswers()
    {
        t_stamps?.Clear();
        t_dateLines?.Clear();
    }

    private static bool Remembered(Dictionary<string, (bool Found, PageDate Date)> answers, string text, Reader read, out PageDate date)
    {
        ref var known = ref CollectionsMarshal.GetValueRefOrNullRef(answers, text);
        if (!Unsafe.IsNullRef(ref known))
        {
            date = known.Date;
            return known.Found;
        }
        var found = read(text, out date);
        if (answers.Count >= MaxRememberedLines)
        {
            answers.Clear();
        }
        answers[text] = (found, date);
        return found;
    }
}
