namespace NewsApi.Data.Entities;

public enum TagKind
{
    Topic,
    Place,
}

public sealed class Tag : IDirectoryEntity<ArticleTag>
{
    public const int SlugMaxLength = 100;
    public const int NameMaxLength = 100;
    public const int KindMaxLength = 20;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }

    /// <summary>Case-folded, accent-free form of <see cref="Name"/>; one tag per normalized name.</summary>
    public required string NormalizedName { get; set; }
    public TagKind Kind { get; set; }

    /// <summary>Optimistic concurrency token, renewed by <see cref="NewsDbContext"/> on every write of the row.</summary>
    public Guid Version { get; set; }

    public List<ArticleTag> Articles { get; set; } = [];
}
