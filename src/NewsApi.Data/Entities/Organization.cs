namespace NewsApi.Data.Entities;

public sealed class Organization : IDirectoryEntity<ArticleOrganization>, IAliasedEntity
{
    public const int SlugMaxLength = 160;
    public const int NameMaxLength = 200;
    public const int KindMaxLength = 50;
    public const int AliasMaxLength = NameMaxLength;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }

    /// <summary>Case-folded, accent-free form of <see cref="Name"/> used for entity resolution.</summary>
    public required string NormalizedName { get; set; }
    public List<string> Aliases { get; set; } = [];
    public string? Kind { get; set; }
    public int? ParentId { get; set; }
    public Organization? Parent { get; set; }

    /// <summary>Optimistic concurrency token, renewed by <see cref="NewsDbContext"/> on every write of the row.</summary>
    public Guid Version { get; set; }

    public List<Organization> Children { get; set; } = [];
    public List<Person> People { get; set; } = [];
    public List<ArticleOrganization> Articles { get; set; } = [];
}
