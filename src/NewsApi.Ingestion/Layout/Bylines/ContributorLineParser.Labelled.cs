namespace NewsApi.Ingestion.Layout.Bylines;

internal static partial class ContributorLineParser
{
    /// <summary>
    /// "Editor: Ana Roe", "Photos: Ana Roe, Bo Kim": a credit under a label and a colon, the names alone after it. Only labels
    /// that name a person's part in the story; "Photo:" alone is a picture's credit and read with its picture. Every piece
    /// after the colon must read as a name, so a label over a phrase ("Video: Watch the moment") is no credit.
    /// </summary>
    public static bool TryParseLabelled(string line, out IReadOnlyList<ContributorDraft> contributors)
    {
        contributors = [];
        var colon = line.IndexOf(':');
        if (colon is < 4 or > 22 || colon + 2 >= line.Length || line.Length > 160)
        {
            return false;
        }
        var role = LabelledRole(line.AsSpan(0, colon).Trim());
        if (role is null)
        {
            return false;
        }
        var found = new List<ContributorDraft>();
        foreach (var piece in BylineParser.SplitNameList(line[(colon + 1)..].Trim()))
        {
            if (!PersonNameText.LooksLikeName(piece))
            {
                return false;
            }
            found.Add(new ContributorDraft(PersonNameText.FixCapitals(piece), role));
        }
        contributors = found;
        return found.Count > 0;
    }

    private static string? LabelledRole(ReadOnlySpan<char> label)
    {
        foreach (var (printed, role) in (ReadOnlySpan<(string, string)>)[
            ("Editor", "editing"), ("Editors", "editing"), ("Editing", "editing"), ("Sub-editor", "editing"), ("Photos", "photography"),
            ("Photographs", "photography"), ("Pictures", "photography"), ("Photography", "photography"), ("Camera", "camera"),
            ("Research", "research"), ("Reporting", "reporting"), ("Additional reporting", "reporting"), ("Graphics", "graphics"),
            ("Video", "video"), ("Translation", "translation")])
        {
            if (label.Equals(printed, StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }
        return null;
    }
}
