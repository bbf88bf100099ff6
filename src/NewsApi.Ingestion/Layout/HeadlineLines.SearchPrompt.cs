namespace NewsApi.Ingestion.Layout;

/// <summary>A search box's prompt, which a page prints above its title as a question of its own.</summary>
internal static partial class HeadlineLines
{
    /// <summary>"What are you looking for?", "Type to search", "¿Qué estás buscando?": the search box's placeholder, not a title.</summary>
    private static bool IsSearchPrompt(string line)
    {
        var prompt = line.Trim().TrimEnd('?', '.', '…', ' ').TrimStart('¿').ToLowerInvariant();
        return prompt is "what are you looking for" or "what can we help you find" or "type to search" or "start typing to search"
            or "enter your search" or "enter keywords" or "search for" or "qué estás buscando" or "que recherchez-vous" or "wonach suchen sie"
            or "cosa stai cercando" or "o que você está procurando";
    }
}
