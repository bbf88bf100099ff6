namespace NewsApi.Data.Entities;

/// <summary>Where a person appears in one article. Flags, because one person can be quoted and in a caption at once.</summary>
[Flags]
public enum ArticlePersonRoles
{
    None = 0,
    Mentioned = 1,
    Quoted = 2,
    Byline = 4,
    Contributor = 8,
    Photographer = 16,
    InCaption = 32,
}

public sealed class ArticlePerson : IArticleLink
{
    public const int TitleMaxLength = Person.TitleMaxLength;
    public const int ContributionMaxLength = 100;

    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public ArticlePersonRoles Roles { get; set; }

    /// <summary>The title as this article gives it, which may differ from the person's latest title.</summary>
    public string? Title { get; set; }
    public int MentionCount { get; set; }

    /// <summary>What a contributor did, as the page says it ("editing", "additional reporting"); null for other roles.</summary>
    public string? Contribution { get; set; }
}
