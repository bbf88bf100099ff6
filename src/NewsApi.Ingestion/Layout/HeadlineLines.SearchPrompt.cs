namespace NewsApi.Ingestion.Layout;

/// <summary>A search box's prompt, which a page prints above its title as a question of its own.</summary>
internal static partial class HeadlineLines
{
    // "Search all Bayport Health": the site's or section's name after the box's verb is a few words.
    private const int MaxSearchScopeWords = 5;

    /// <summary>"What are you looking for?", "Type to search", "¿Qué estás buscando?": the search box's placeholder, not a title.</summary>
    private static bool IsSearchPrompt(string line)
    {
        var prompt = line.Trim().TrimEnd('?', '.', '…', ' ').TrimStart('¿').ToLowerInvariant();
        return prompt is "what are you looking for" or "what can we help you find" or "type to search" or "start typing to search"
            or "enter your search" or "enter keywords" or "search for" or "qué estás buscando" or "que recherchez-vous" or "wonach suchen sie"
            or "cosa stai cercando" or "o que você está procurando" || IsScopedSearchPrompt(prompt);
    }

    /// <summary>"Search all Bayport Health", "Search our archive": the box's placeholder names what it searches; no headline opens so.</summary>
    private static bool IsScopedSearchPrompt(string prompt)
    {
        var rest = prompt.StartsWith("search all ", StringComparison.Ordinal) || prompt.StartsWith("search our ", StringComparison.Ordinal)
            || prompt.StartsWith("search this ", StringComparison.Ordinal) ? prompt.AsSpan(prompt.IndexOf(' ', 7) + 1) : [];
        return !rest.IsEmpty && LayoutText.CountWords(rest) <= MaxSearchScopeWords;
    }
}
