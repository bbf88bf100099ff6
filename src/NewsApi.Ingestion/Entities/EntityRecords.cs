using NewsApi.Ingestion.Entities.Lexicon;

namespace NewsApi.Ingestion.Entities;

/// <summary>A person as found so far; becomes a <see cref="PersonDraft"/> once the article is read.</summary>
internal sealed class PersonRecord(string name)
{
    public string Name { get; } = name;
    public List<string> Aliases { get; } = [];
    public string? Title { get; set; }

    /// <summary>The title is only an honorific ("Dr") and gives way to a job title found later.</summary>
    public bool TitleIsHonorific { get; set; }
    public string? Organization { get; set; }
    public Gender Gender { get; set; }
    public List<PersonRole> Roles { get; } = [];
    public int Mentions { get; set; }

    public void AddRole(PersonRole role)
    {
        if (!Roles.Contains(role))
        {
            Roles.Add(role);
        }
    }

    public void AddAlias(string alias)
    {
        // "Mr Okwuosa" is how the story addresses him, and "Okwuosa" the name a reader looks up: both are kept.
        var space = alias.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && Honorifics.IsHonorific(alias[..space].TrimEnd('.')))
        {
            AddAlias(alias[(space + 1)..]);
        }
        if (!string.Equals(alias, Name, StringComparison.OrdinalIgnoreCase) && !Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
        {
            Aliases.Add(alias);
        }
    }

    public void OfferTitle(string? title, bool honorific)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return;
        }
        if (Title is null || (TitleIsHonorific && !honorific))
        {
            Title = title;
            TitleIsHonorific = honorific;
        }
    }

    /// <summary>How many organization mentions came before this person's first: the companies "the company" can mean.</summary>
    public int OrganizationsSeenAtFirstMention { get; init; }

    /// <summary>The surname a later mention would use, for people named in full in the text.</summary>
    public string? Surname { get; set; }

    public PersonDraft ToDraft() => new()
    {
        Name = Name,
        Aliases = Aliases.Count == 0 && Surname is not null ? [Surname] : Aliases.ToArray(),
        Title = Title,
        Organization = Organization,
        Roles = Roles.ToArray(),
        Mentions = Mentions,
    };
}

/// <summary>An organization as found so far.</summary>
internal sealed class OrganizationRecord(string name)
{
    public string Name { get; } = name;
    public List<string> Aliases { get; } = [];
    public string? Kind { get; set; }
    public string? Parent { get; set; }
    public int Mentions { get; set; }

    /// <summary>
    /// The name as the article first writes it, legal form included ("Vistaro Living S.A."), where that differs from
    /// <see cref="Name"/>, the key later mentions ("Vistaro Living") are matched by.
    /// </summary>
    public string? WrittenName { get; set; }

    public string DisplayName => WrittenName ?? Name;

    public void AddAlias(string alias)
    {
        if (!Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase) && !string.Equals(alias, Name, StringComparison.OrdinalIgnoreCase))
        {
            Aliases.Add(alias);
        }
    }

    public OrganizationDraft ToDraft() => new()
    {
        Name = DisplayName,
        Aliases = WrittenName is null
            ? Aliases.ToArray()
            : [Name, .. Aliases.Where(alias => !string.Equals(alias, Name, StringComparison.OrdinalIgnoreCase) && !IsWrittenName(alias))],
        Kind = Kind,
        Parent = Parent,
        Mentions = Mentions,
    };

    // The written name's alias without the initials' last full stop ("Vistaro Living S.A") is the same name; one with a
    // stop the written name lacks ("Hangang Media Co." beside "Hangang Media Co" read at a sentence's end) is how it may be written.
    private bool IsWrittenName(string alias) =>
        WrittenName is not null && alias.Length <= WrittenName.Length
        && string.Equals(alias.TrimEnd('.'), WrittenName.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
}

/// <summary>Where a person or organization is named: a token range of one text unit.</summary>
internal readonly record struct EntityMention(int Unit, int Start, int End, int Entity);
