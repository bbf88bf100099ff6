namespace NewsApi.Data.Entities;

public sealed class Person : IDirectoryEntity<ArticlePerson>, IAliasedEntity
{
    public const int SlugMaxLength = 120;
    public const int NameMaxLength = 120;
    public const int TitleMaxLength = 200;
    public const int AliasMaxLength = NameMaxLength;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }

    /// <summary>Case-folded, accent-free form of <see cref="Name"/> used for entity resolution.</summary>
    public required string NormalizedName { get; set; }
    public List<string> Aliases { get; set; } = [];
    public string? Title { get; set; }
    public int? AffiliationId { get; set; }
    public Organization? Affiliation { get; set; }

    /// <summary>Publication time of the article that gave the current title and affiliation, so that an older document loaded later does not overwrite them.</summary>
    public DateTimeOffset? TitleAsOf { get; set; }

    /// <summary>Optimistic concurrency token, renewed by <see cref="NewsDbContext"/> on every write of the row.</summary>
    public Guid Version { get; set; }

    public List<ArticlePerson> Articles { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
}
