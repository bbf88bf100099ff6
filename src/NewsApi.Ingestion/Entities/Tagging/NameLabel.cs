namespace NewsApi.Ingestion.Entities.Tagging;

/// <summary>The tagger's per-token answer: BIO over people, organizations and places.</summary>
internal enum NameLabel : byte
{
    Outside,
    BeginPerson,
    InsidePerson,
    BeginOrganization,
    InsideOrganization,
    BeginPlace,
    InsidePlace,
}

internal enum NameType : byte
{
    None,
    Person,
    Organization,
    Place,
}

/// <summary>A name the tagger found: tokens [<see cref="Start"/>, <see cref="End"/>) of one text unit.</summary>
internal readonly record struct NameSpan(int Start, int End, NameType Type);

internal static class NameLabels
{
    public const int Count = 7;

    public static NameType TypeOf(NameLabel label) => label switch
    {
        NameLabel.BeginPerson or NameLabel.InsidePerson => NameType.Person,
        NameLabel.BeginOrganization or NameLabel.InsideOrganization => NameType.Organization,
        NameLabel.BeginPlace or NameLabel.InsidePlace => NameType.Place,
        _ => NameType.None,
    };

    public static bool IsInside(NameLabel label) => label is NameLabel.InsidePerson or NameLabel.InsideOrganization or NameLabel.InsidePlace;

    public static NameLabel Begin(NameType type) => type switch
    {
        NameType.Person => NameLabel.BeginPerson,
        NameType.Organization => NameLabel.BeginOrganization,
        NameType.Place => NameLabel.BeginPlace,
        _ => NameLabel.Outside,
    };

    public static NameLabel Inside(NameType type) => type switch
    {
        NameType.Person => NameLabel.InsidePerson,
        NameType.Organization => NameLabel.InsideOrganization,
        NameType.Place => NameLabel.InsidePlace,
        _ => NameLabel.Outside,
    };

    /// <summary>BIO's one rule: a name continues only the type it started as.</summary>
    public static bool CanFollow(NameLabel previous, NameLabel label) =>
        !IsInside(label) || TypeOf(previous) == TypeOf(label);

    /// <summary>The spans a label sequence spells out.</summary>
    public static List<NameSpan> Spans(ReadOnlySpan<NameLabel> labels)
    {
        var spans = new List<NameSpan>();
        var start = -1;
        var type = NameType.None;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : NameLabel.Outside;
            if (start >= 0 && (!IsInside(label) || TypeOf(label) != type))
            {
                spans.Add(new NameSpan(start, i, type));
                start = -1;
            }
            if (i < labels.Length && label != NameLabel.Outside && !IsInside(label))
            {
                start = i;
                type = TypeOf(label);
            }
        }
        return spans;
    }
}
